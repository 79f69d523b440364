package com.shoptalk.wishlist;

import java.util.Locale;

/**
 * What happens on wish lists, for whoever keeps count of it (the merchant's insights).
 * Implementations must return normally and quickly whatever happens on their side.
 */
public interface WishListEvents {
  /** Keeps no count. */
  WishListEvents NONE = (item, locale) -> {};

  /** A shopper saved a product of the catalog of {@code locale} on a list (it was not on it yet). */
  void saved(WishListItem item, Locale locale);
}
