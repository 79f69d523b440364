package com.shoptalk.wishlist;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

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

  /**
   * "Remove the rug": matched forgivingly against the items' names.
   *
   * @param spoken the words said
   * @param described the products the catalog finds for those words ("das Bild" finds "Abstrakte Malerei"): the
   *     items meant when no item's name has the words; asked only then
   */
  record ByName(String spoken, Supplier<Set<String>> described) implements ItemChoice {
    public ByName {
      Objects.requireNonNull(spoken, "spoken");
      Objects.requireNonNull(described, "described");
    }

    public ByName(String spoken) {
      this(spoken, Set::of);
    }
  }

  /** The product in focus ("remove it"); empty when there is none. */
  record ByProduct(Optional<String> productId) implements ItemChoice {
    public ByProduct {
      Objects.requireNonNull(productId, "productId");
    }
  }
}
