package com.shoptalk.sharing;

import com.shoptalk.wishlist.WishListItem;
import java.time.Instant;

/**
 * Hears of gifts friends reserve and give back, for the merchant's counts. Implementations must
 * never fail or slow down the friend's tap.
 */
public interface GiftEvents {
  /** Hears nothing. */
  GiftEvents NONE = new GiftEvents() {
    @Override
    public void reserved(ListShare share, WishListItem item) {}

    @Override
    public void released(ListShare share, WishListItem item, Instant reservedAt) {}
  };

  /** A friend reserved {@code item} on the list shared by {@code share}. */
  void reserved(ListShare share, WishListItem item);

  /** A friend gave back {@code item}, which they had reserved at {@code reservedAt}. */
  void released(ListShare share, WishListItem item, Instant reservedAt);
}
