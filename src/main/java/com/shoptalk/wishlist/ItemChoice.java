package com.shoptalk.wishlist;

import java.util.Objects;
import java.util.Optional;

/** Which item of a list the shopper means: "the second one", "the rug", or the product in focus. */
public sealed interface ItemChoice permits ItemChoice.ByPosition, ItemChoice.ByName, ItemChoice.ByProduct {

  /**
   * "The second one", "the last one".
   *
   * @param position 1-based; -1 for the last one
   * @param asRead the product at that position as the shopper heard the list read (after "more",
   *     "the second one" is the second one just heard); empty when they are not reading this list
   */
  record ByPosition(int position, Optional<String> asRead) implements ItemChoice {
    public ByPosition {
      Objects.requireNonNull(asRead, "asRead");
    }
  }

  /** "Remove the rug": matched forgivingly against the items' names. */
  record ByName(String spoken) implements ItemChoice {
    public ByName {
      Objects.requireNonNull(spoken, "spoken");
    }
  }

  /** The product in focus ("remove it"); empty when there is none. */
  record ByProduct(Optional<String> productId) implements ItemChoice {
    public ByProduct {
      Objects.requireNonNull(productId, "productId");
    }
  }
}
