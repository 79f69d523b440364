package com.shoptalk.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shoptalk.insights.Counter;
import com.shoptalk.insights.DayCounts;
import com.shoptalk.insights.GiftInsights;
import com.shoptalk.insights.InsightRecorder;
import com.shoptalk.persistence.DynamoInsightRepository;
import com.shoptalk.persistence.DynamoSharingRepository;
import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.persistence.DynamoWishListRepository;
import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListOwner;
import com.shoptalk.wishlist.WishListService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Gifts friends reserve and give back reach the merchant's counts, once each. */
class GiftCountsTest {
  private static LocalDynamo dynamo;
  private static DynamoTable table;

  @BeforeAll
  static void startDynamo() {
    dynamo = LocalDynamo.inMemory();
    table = dynamo.table("shoptalk");
  }

  @AfterAll
  static void stopDynamo() {
    dynamo.close();
  }

  @Test
  void a_reserved_gift_counts_once_and_undoing_it_takes_the_count_back() {
    var insights = new DynamoInsightRepository(table);
    var recorder = new InsightRecorder(insights, Clock.systemUTC());
    var sharing = new SharingService(new DynamoSharingRepository(table), Clock.systemUTC(), new GiftInsights(() -> recorder));
    var owner = WishListOwner.account("amzn1.ask.account." + UUID.randomUUID());
    new WishListService(new DynamoWishListRepository(table), Clock.systemUTC()).add(owner, ListName.DEFAULT, Wishes.teapot());
    String token = sharing.share(owner, ListName.DEFAULT, null, Locale.US).token();
    long teapot = sharing.open(token).items().get(0).id();

    sharing.reserve(token, teapot, "ben-browser-0000000000", null, null);
    sharing.reserve(token, teapot, "ben-browser-0000000000", null, null);
    long afterReserving = giftsReserved(insights);
    sharing.undo(token, teapot, "ben-browser-0000000000");

    assertEquals(1, afterReserving, "a repeated tap counts once");
    assertEquals(0, giftsReserved(insights));
  }

  private static long giftsReserved(DynamoInsightRepository insights) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    return insights.counts(today.minusDays(1), today.plusDays(1), 100).days().stream()
        .filter(day -> day.key().productId().equals("teapot-2"))
        .mapToLong(day -> day.get(Counter.GIFTS_RESERVED))
        .sum();
  }
}
