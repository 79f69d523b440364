package com.shoptalk.insights;

import com.shoptalk.sharing.GiftEvents;
import com.shoptalk.sharing.ListShare;
import com.shoptalk.wishlist.WishListItem;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/** Counts the gifts friends reserve on shared lists, per product, in the merchant's report. */
public final class GiftInsights implements GiftEvents {
  private final Supplier<InsightRecorder> recorder;

  /** @param recorder the recorder, asked for when a gift is first reserved (it may be wired later) */
  public GiftInsights(Supplier<InsightRecorder> recorder) {
    this.recorder = Objects.requireNonNull(recorder, "recorder");
  }

  @Override
  public void reserved(ListShare share, WishListItem item) {
    recorder.get().giftReserved(share.locale(), product(item));
  }

  @Override
  public void released(ListShare share, WishListItem item, Instant reservedAt) {
    recorder.get().giftReleased(share.locale(), product(item), reservedAt);
  }

  private static ProductRef product(WishListItem item) {
    return new ProductRef(item.productId(), item.title());
  }
}
