package com.shoptalk.insights;

import java.util.Objects;
import java.util.Optional;

/** The catalog products a counting link may lead to, looked up by locale and id. */
@FunctionalInterface
public interface ProductDirectory {

  /** The product with this id in the catalog of this locale, if there is one. */
  Optional<ShopProduct> find(String locale, String productId);

  /**
   * A catalog product's shop page.
   *
   * @param productId the catalog id
   * @param title the product's title
   * @param link the product page in the shop as the feed gives it (may be empty)
   */
  record ShopProduct(String productId, String title, String link) {
    public ShopProduct {
      Objects.requireNonNull(productId, "productId");
      Objects.requireNonNull(title, "title");
      link = link == null ? "" : link;
    }
  }
}
