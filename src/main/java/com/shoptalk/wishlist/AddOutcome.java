package com.shoptalk.wishlist;

/** What became of a request to put a product on a wish list. */
public enum AddOutcome {
  /** The product is now on the list, at its end. */
  ADDED,
  /** The product was on the list already; the list is unchanged. */
  ALREADY_ON_LIST,
  /** The list holds {@link WishListService#MAX_ITEMS} items already; the list is unchanged. */
  LIST_FULL
}
