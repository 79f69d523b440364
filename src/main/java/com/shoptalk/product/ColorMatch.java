package com.shoptalk.product;

import com.shoptalk.catalog.Product;
import java.util.List;
import java.util.Objects;

/**
 * A product of a list that comes in the colour the shopper asked about ("is there a green one").
 *
 * @param product the product
 * @param colors its colours that are the asked one ("Sea Green" for "green")
 */
public record ColorMatch(Product product, List<String> colors) {
  public ColorMatch {
    Objects.requireNonNull(product, "product");
    colors = List.copyOf(colors);
  }
}
