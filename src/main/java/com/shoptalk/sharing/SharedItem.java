package com.shoptalk.sharing;

import com.shoptalk.wishlist.WishListItem;
import java.util.Objects;
import java.util.Optional;

/**
 * One wish on a shared list, with the friend's reservation if someone took it.
 *
 * @param id the wish's number on its list: unique per list, never reused, so a reservation names
 *     exactly this wish (the same product removed and saved again is a new wish)
 * @param item the product as it was saved
 * @param reservation the reservation, or {@code null} while the wish is free
 */
public record SharedItem(long id, WishListItem item, Reservation reservation) {
  public SharedItem {
    Objects.requireNonNull(item, "item");
    if (id < 1) {
      throw new IllegalArgumentException("id must be positive: " + id);
    }
    if (reservation != null && reservation.itemId() != id) {
      throw new IllegalArgumentException("the reservation is for wish " + reservation.itemId() + ", not " + id);
    }
  }

  /** Whether a friend took it. */
  public boolean isTaken() {
    return reservation != null;
  }

  /** The reservation, if a friend took it. */
  public Optional<Reservation> taken() {
    return Optional.ofNullable(reservation);
  }
}
