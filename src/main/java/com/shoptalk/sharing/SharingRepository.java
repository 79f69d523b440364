package com.shoptalk.sharing;

import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListOwner;
import java.util.List;
import java.util.Optional;

/**
 * Where shares and reservations are kept. Reservations belong to wishes: removing a wish from its
 * list removes its reservation in the same write, so a wish saved again starts free.
 *
 * <p>Writes either happen or throw {@link com.shoptalk.storage.StorageUnavailableException}; then
 * nothing is known to be stored, and repeating the call is safe.
 */
public interface SharingRepository {
  /** Stores a new share and lists it among the owner's shares of that list. */
  void create(ListShare share);

  /** The share with this token, shared or revoked; empty once forgotten. */
  Optional<ListShare> find(String token);

  /** The owner's shares of a list, shared and revoked (not yet forgotten), newest first. */
  List<ListShare> sharesOf(WishListOwner owner, ListName list);

  /** The owner's shares of all their lists, shared and revoked (not yet forgotten), newest first. */
  List<ListShare> sharesOf(WishListOwner owner);

  /** Stores that the owner stopped sharing: {@code revoked} is the share with its {@code revokedAt}. */
  void revoke(ListShare revoked);

  /** The wishes of a list in the order they were saved, each with its reservation: one read. */
  List<SharedItem> items(WishListOwner owner, ListName list);

  /**
   * Reserves a wish for a friend unless another friend has it or it left the list. However many
   * friends try at once, exactly one gets it.
   */
  ReservationOutcome reserve(WishListOwner owner, ListName list, Reservation reservation);

  /** Gives a wish free again; {@code false} when it is not reserved by this friend. */
  boolean release(WishListOwner owner, ListName list, long itemId, String friendId);

  /** Marks a reserved wish bought; {@code false} when it is not reserved by this friend. */
  boolean markBought(WishListOwner owner, ListName list, long itemId, String friendId);

  /** Removes every share and every reservation on the lists of an account ("delete my data"). */
  void deleteAllOf(String userId);
}
