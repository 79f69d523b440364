package com.shoptalk.product;

import java.util.Optional;

/**
 * A matter of taste the shopper asks about a list ("which one smells best", "welches ist am weichsten"): the feed
 * does not rank products by it, so the answer says so and offers what the feed does say.
 */
public enum Quality {
  SMELL,
  SOFT,
  COMFORTABLE,
  LOOKS,
  STURDY;

  /** The quality with this id (the interaction model's slot value id, {@code SMELL}), if it is one. */
  public static Optional<Quality> of(String id) {
    return SlotIds.of(Quality.class, id);
  }
}
