package com.shoptalk.product;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a product is made of, as far as the feed says.
 *
 * @param materials the materials in the catalog's language ({@code velvet}, {@code brass}); empty when the feed does
 *     not say
 * @param finish the surface finish from the product details ({@code Gold}), if the feed gives one
 */
public record Material(List<String> materials, Optional<String> finish) {
  public Material {
    materials = List.copyOf(Objects.requireNonNull(materials, "materials"));
    Objects.requireNonNull(finish, "finish");
  }

  /** Whether the feed says nothing about it. */
  public boolean isUnknown() {
    return materials.isEmpty() && finish.isEmpty();
  }
}
