package com.shoptalk.wishlist;

import java.util.List;

/** What became of "remove …" from a list. */
public sealed interface Removal {
  /** The item is off the list. */
  record Removed(WishListItem item) implements Removal {}

  /** The list is empty: nothing to remove. */
  record EmptyList() implements Removal {}

  /** The list has fewer items than the position said. */
  record OutOfRange(int position, int size) implements Removal {}

  /** Nothing on the list fits the spoken name. */
  record NotFound(String spoken) implements Removal {}

  /** Several items fit the name equally well; nothing was removed. */
  record Ambiguous(List<WishListItem> candidates) implements Removal {
    public Ambiguous {
      candidates = List.copyOf(candidates);
    }
  }

  /** No product is in focus, or it is not on the list. */
  record NoneChosen() implements Removal {}
}
