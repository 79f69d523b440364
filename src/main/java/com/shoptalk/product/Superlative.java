package com.shoptalk.product;

import java.util.Optional;

/**
 * Which one of a list the shopper asks for: "the cheapest", "the most expensive", "the best rated", "the smallest",
 * "the biggest", "the lightest", "the heaviest".
 */
public enum Superlative {
  CHEAPEST,
  MOST_EXPENSIVE,
  BEST_RATED,
  SMALLEST,
  LARGEST,
  LIGHTEST,
  HEAVIEST;

  /** Whether it is about size or weight, which the feed gives for some products only. */
  public boolean bySize() {
    return this == SMALLEST || this == LARGEST || this == LIGHTEST || this == HEAVIEST;
  }

  /** Whether it is about weight. */
  public boolean byWeight() {
    return this == LIGHTEST || this == HEAVIEST;
  }

  /** The superlative with this id (the interaction model's slot value id, {@code CHEAPEST}), if it is one. */
  public static Optional<Superlative> of(String id) {
    return SlotIds.of(Superlative.class, id);
  }
}
