package com.shoptalk.insights;

import java.util.Objects;

/**
 * A catalog product as an insight event names it.
 *
 * @param productId the catalog id
 * @param title the product's title as the shopper or friend saw it, or {@code null} when unknown
 *     (the report then shows the title another event carried, or the id)
 */
public record ProductRef(String productId, String title) {
  public ProductRef {
    Objects.requireNonNull(productId, "productId");
    if (productId.isBlank() || productId.length() > LinkCode.MAX_PRODUCT_ID) {
      throw new IllegalArgumentException("not a product id: " + productId);
    }
    title = title == null || title.isBlank() ? null : title.strip();
  }
}
