package com.shoptalk.wishlist;

import java.time.Instant;
import java.util.List;

/**
 * Where wish lists are kept. Implementations must stay correct when several devices change the
 * same list at once: no product twice on a list, never more than the limit, sizes exact.
 *
 * <p>Writes either happen or throw; {@link com.shoptalk.storage.StorageUnavailableException} (or
 * {@link WishListBusyException}) when they could not be made in time. Repeating a call that threw
 * is safe: an item is never added twice.
 */
public interface WishListRepository {
  /**
   * Appends an item unless its product is on the list already or the list holds {@code maxItems};
   * creates the list on first use with {@code list}'s display name.
   *
   * @param item the snapshot to store; {@link WishListItem#addedAt()} must be set
   */
  AddOutcome add(WishListOwner owner, ListName list, WishListItem item, int maxItems);

  /** The items of a list in the order they were added; empty for an unknown list. */
  List<WishListItem> items(WishListOwner owner, ListName list);

  /** Removes a product from a list; {@code false} when it was not on it. */
  boolean remove(WishListOwner owner, ListName list, String productId);

  /** Removes every item from a list (the list itself stays) and returns how many were removed. */
  int clear(WishListOwner owner, ListName list);

  /**
   * Creates a list unless it exists, and returns its name as stored: the display name it was first
   * given.
   */
  ListName create(WishListOwner owner, ListName list, Instant now);

  /** All lists of an owner, in no particular order. */
  List<WishListSummary> lists(WishListOwner owner);

  /** Removes every list of an account, its own and its recognized persons' ("delete my data"). */
  void deleteAllOf(String userId);
}
