package com.shoptalk.insights;

import com.shoptalk.sharing.GiftEvents;
import com.shoptalk.sharing.ListShare;
import com.shoptalk.wishlist.WishListItem;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Counts the gifts friends reserve on shared lists, per product, in the merchant's report. A wish
 * whose product id the counters cannot hold (too long, blank) is not counted; the reservation
 * itself is never affected.
 */
public final class GiftInsights implements GiftEvents {
  private final Supplier<InsightRecorder> recorder;

  /** @param recorder the recorder, asked for when a gift is first reserved (it may be wired later) */
  public GiftInsights(Supplier<InsightRecorder> recorder) {
    this.recorder = Objects.requireNonNull(recorder, "recorder");
  }

  @Override
  public void reserved(ListShare share, WishListItem item) {
    product(item).ifPresent(product -> recorder.get().giftReserved(share.locale(), product));
  }

  @Override
  public void released(ListShare share, WishListItem item, Instant reservedAt) {
    product(item).ifPresent(product -> recorder.get().giftReleased(share.locale(), product, reservedAt));
  }

  /** The product as the counters name it, or empty when its id is not one they can hold. */
  private static Optional<ProductRef> product(WishListItem item) {
    String id = item.productId();
    if (id == null || id.isBlank() || id.length() > LinkCode.MAX_PRODUCT_ID) {
      return Optional.empty();
    }
    return Optional.of(new ProductRef(id, item.title()));
  }
}
