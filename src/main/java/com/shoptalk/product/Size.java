package com.shoptalk.product;

import com.shoptalk.catalog.Dimensions;
import java.util.List;
import java.util.Objects;

/**
 * How big a product is, as far as the feed says.
 *
 * @param sizes the sizes its variants come in ({@code Queen}, {@code 5 x 7 ft}); empty when the feed gives none
 * @param dimensions its measurements; {@link Dimensions#NONE} when the feed gives none
 */
public record Size(List<String> sizes, Dimensions dimensions) {
  public Size {
    sizes = List.copyOf(Objects.requireNonNull(sizes, "sizes"));
    Objects.requireNonNull(dimensions, "dimensions");
  }

  /** Whether the feed says nothing about it. */
  public boolean isUnknown() {
    return sizes.isEmpty() && dimensions.isEmpty();
  }
}
