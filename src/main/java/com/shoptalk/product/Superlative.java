package com.shoptalk.product;

import java.util.Optional;

/** Which one of a list the shopper asks for: "the cheapest", "the most expensive", "the best rated". */
public enum Superlative {
  CHEAPEST,
  MOST_EXPENSIVE,
  BEST_RATED;

  /** The superlative with this id (the interaction model's slot value id, {@code CHEAPEST}), if it is one. */
  public static Optional<Superlative> of(String id) {
    return SlotIds.of(Superlative.class, id);
  }
}
