package com.shoptalk.wishlist;

import com.shoptalk.catalog.Product;
import java.util.Locale;
import java.util.Optional;

/**
 * Today's products of the shopper's catalog, by id: where a saved item's current name and price
 * come from when a list is read.
 */
@FunctionalInterface
public interface CurrentProducts {
  /** No catalog at hand: saved items read as they were saved. */
  CurrentProducts NONE = (locale, productId) -> Optional.empty();

  /** The product as the catalog of {@code locale} has it now; empty when it no longer does. */
  Optional<Product> find(Locale locale, String productId);
}
