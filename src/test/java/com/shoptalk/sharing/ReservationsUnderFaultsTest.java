package com.shoptalk.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shoptalk.persistence.DynamoSharingRepository;
import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.persistence.DynamoWishListRepository;
import com.shoptalk.storage.StorageUnavailableException;
import com.shoptalk.storage.TurnBudget;
import com.shoptalk.testing.FaultyDynamo;
import com.shoptalk.testing.FaultyDynamo.Faults;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListItem;
import com.shoptalk.wishlist.WishListOwner;
import com.shoptalk.wishlist.WishListService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Friends reserving while DynamoDB throttles, fails, drops connections and answers slowly: a friend
 * told "try again" who tries again still gets each gift once, and never two friends one gift.
 */
class ReservationsUnderFaultsTest {
  private static FaultyDynamo dynamo;
  private static DynamoTable table;
  private static DynamoTable direct;

  @BeforeAll
  static void start() {
    dynamo = FaultyDynamo.start(Faults.none());
    table = dynamo.table("shoptalk");
    direct = dynamo.directTable("shoptalk");
  }

  @AfterAll
  static void stop() {
    dynamo.close();
  }

  @Test
  void reservations_repeated_after_lost_answers_take_each_gift_once_for_the_right_friend() {
    var owner = WishListOwner.account("amzn1.ask.account." + UUID.randomUUID());
    var wishLists = new WishListService(new DynamoWishListRepository(direct), Clock.systemUTC());
    int gifts = 12;
    for (int i = 0; i < gifts; i++) {
      wishLists.add(owner, ListName.DEFAULT, new WishListItem("p" + i, "Gift " + i, null, new BigDecimal("9.90"), "USD", null, null, null));
    }
    var setUp = new SharingService(new DynamoSharingRepository(direct), Clock.systemUTC());
    String token = setUp.share(owner, ListName.DEFAULT, null, Locale.US).token();
    List<SharedItem> items = setUp.open(token).items();
    var sharing = new SharingService(new DynamoSharingRepository(table), Clock.systemUTC());
    dynamo.faults(Faults.none().throttling(0.2).serverErrors(0.1).dropped(0.15).slow(0.1, Duration.ofSeconds(3)));

    for (int i = 0; i < gifts; i++) {
      long id = items.get(i).id();
      String friend = String.format("friend-%016d", i);
      SharedItem reserved = untilAccepted(() -> sharing.reserve(token, id, friend, null, null));
      assertEquals(friend, reserved.reservation().friendId());
      String other = String.format("other-%017d", i);
      untilAccepted(() -> {
        try {
          sharing.reserve(token, id, other, null, null);
          throw new AssertionError("two friends got gift " + id);
        } catch (WishTaken quicker) {
          return quicker;
        }
      });
    }
    dynamo.faults(Faults.none());

    List<SharedItem> stored = setUp.open(token).items();
    assertEquals(gifts, stored.stream().filter(SharedItem::isTaken).count());
    for (int i = 0; i < gifts; i++) {
      assertEquals(String.format("friend-%016d", i), stored.get(i).reservation().friendId());
    }
  }

  /** What a friend does when the page says "please try again": tries again, each time as a new request. */
  private static <T> T untilAccepted(Supplier<T> call) {
    for (int attempt = 1; ; attempt++) {
      try (var turn = TurnBudget.start(TurnBudget.VOICE)) {
        return call.get();
      } catch (StorageUnavailableException e) {
        if (attempt == 30) {
          throw e;
        }
      }
    }
  }
}
