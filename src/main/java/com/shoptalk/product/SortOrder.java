package com.shoptalk.product;

import java.util.Optional;

/** How the shopper wants a list ordered: "by price", "most expensive first", "by rating". */
public enum SortOrder {
  PRICE_ASC,
  PRICE_DESC,
  RATING;

  /** The order with this id (the interaction model's slot value id, {@code PRICE_ASC}), if it is one. */
  public static Optional<SortOrder> of(String id) {
    return SlotIds.of(SortOrder.class, id);
  }
}
