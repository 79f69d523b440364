package com.shoptalk.wishlist;

import java.time.Instant;
import java.util.Objects;

/**
 * One of an owner's lists at a glance, for "which lists do I have".
 *
 * @param name the list's key and the display name it was first given
 * @param size how many items are on it
 * @param createdAt when it was first used
 */
public record WishListSummary(ListName name, int size, Instant createdAt) {
  public WishListSummary {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdAt, "createdAt");
    if (size < 0) {
      throw new IllegalArgumentException("size must not be negative: " + size);
    }
  }
}
