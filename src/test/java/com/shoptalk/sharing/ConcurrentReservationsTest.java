package com.shoptalk.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shoptalk.persistence.DynamoSharingRepository;
import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.persistence.DynamoWishListRepository;
import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListOwner;
import com.shoptalk.wishlist.WishListService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Many friends tap "I'll get this" on the same wish at the same moment: exactly one gets it. */
class ConcurrentReservationsTest {
  private static final int FRIENDS = 100;
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
  void a_hundred_friends_reserving_one_wish_at_once_leave_exactly_one_winner() throws Exception {
    var owner = WishListOwner.account("amzn1.ask.account." + UUID.randomUUID());
    ListName list = ListName.of("birthday", Locale.US);
    new WishListService(new DynamoWishListRepository(table), Clock.systemUTC()).add(owner, list, Wishes.loungeChair());
    var sharing = new SharingService(new DynamoSharingRepository(table), Clock.systemUTC());
    String token = sharing.share(owner, list, "Anna", Locale.US).token();
    long chair = sharing.open(token).items().get(0).id();

    Map<String, Integer> outcomes = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(FRIENDS);
    var start = new CountDownLatch(1);
    var tasks = new ArrayList<Future<?>>();
    for (int i = 0; i < FRIENDS; i++) {
      String friend = String.format("friend-%018d", i);
      tasks.add(pool.submit((Callable<Void>) () -> {
        start.await();
        String outcome;
        try {
          sharing.reserve(token, chair, friend, "Friend " + friend.substring(7), null);
          outcome = "reserved";
        } catch (WishTaken quicker) {
          outcome = "someone was quicker";
        }
        outcomes.merge(outcome, 1, Integer::sum);
        return null;
      }));
    }
    start.countDown();
    for (Future<?> task : tasks) {
      task.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertEquals(Map.of("reserved", 1, "someone was quicker", FRIENDS - 1), outcomes);
    SharedItem taken = sharing.open(token).item(chair).orElseThrow();
    assertEquals(1, sharing.count(owner, list).taken());
    assertEquals("Friend " + taken.reservation().friendId().substring(7), taken.reservation().friendName());
  }
}
