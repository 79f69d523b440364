package com.shoptalk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.question.Fixtures;
import com.shoptalk.question.QuestionService;
import com.shoptalk.storage.StorageUnavailableException;
import com.shoptalk.storage.TurnBudget;
import com.shoptalk.testing.FaultyDynamo;
import com.shoptalk.testing.FaultyDynamo.Faults;
import com.shoptalk.user.UserProfile;
import com.shoptalk.wishlist.AddOutcome;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListItem;
import com.shoptalk.wishlist.WishListOwner;
import com.shoptalk.wishlist.WishListService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The repositories against DynamoDB Local behind {@link FaultyDynamo}, with the client as deployed:
 * every call ends within the turn's budget, failures surface as {@link StorageUnavailableException},
 * and repeated writes never count twice.
 */
class DynamoFaultsTest {
  /** What a call may take beyond the turn's budget: giving up, unwinding, a loaded test machine. */
  private static final Duration SLACK = Duration.ofMillis(700);
  private static final Duration SLOW = Duration.ofSeconds(3);

  private static FaultyDynamo dynamo;
  private static DynamoTable table;
  private static DynamoTable direct;

  private final String user = "amzn1.ask.account." + UUID.randomUUID();
  private QuestionService questions;
  private WishListService wishLists;
  private DynamoUserRepository users;

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

  @BeforeEach
  void setUp() {
    dynamo.faults(Faults.none());
    questions = new QuestionService(new DynamoQuestionRepository(table), Clock.systemUTC());
    wishLists = new WishListService(new DynamoWishListRepository(table), Clock.systemUTC());
    users = new DynamoUserRepository(table);
  }

  @Test
  void every_call_throttled_fails_within_the_budget_as_storage_unavailable() {
    String token = questions.create(Fixtures.whichOne(user)).token();
    dynamo.faults(Faults.none().throttling(1.0));

    assertAllFailWithinBudget(token);
    assertEquals(0, directTally(token));
  }

  @Test
  void every_call_over_provisioned_throughput_fails_within_the_budget_as_storage_unavailable() {
    String token = questions.create(Fixtures.whichOne(user)).token();
    dynamo.faults(Faults.none().provisioned(1.0));

    assertAllFailWithinBudget(token);
    assertEquals(0, directTally(token));
  }

  @Test
  void every_answer_slow_fails_within_the_budget_as_storage_unavailable() {
    String token = questions.create(Fixtures.whichOne(user)).token();
    dynamo.faults(Faults.none().slow(1.0, SLOW));

    assertAllFailWithinBudget(token);
  }

  @Test
  void every_connection_dropped_fails_within_the_budget_as_storage_unavailable() {
    String token = questions.create(Fixtures.whichOne(user)).token();
    dynamo.faults(Faults.none().dropped(1.0));

    assertAllFailWithinBudget(token);
  }

  @Test
  void votes_accepted_while_40_percent_of_calls_fail_with_500_are_counted_exactly_once() {
    String token = questions.create(Fixtures.whichOne(user)).token();
    dynamo.faults(Faults.none().serverErrors(0.4));

    int voters = 20;
    for (int i = 0; i < voters; i++) {
      int voter = i;
      untilAccepted(() -> questions.vote(token, "voter-" + voter, voter % 3, null, null));
    }

    assertEquals(voters, directTally(token));
    assertEquals(voters, direct.query(QuestionItems.questionKey(token), QuestionItems.ANSWER_PREFIX, true).size());
  }

  @Test
  void votes_repeated_after_lost_answers_are_counted_exactly_once() {
    String token = questions.create(Fixtures.whichOne(user)).token();
    dynamo.faults(Faults.none().throttling(0.2).serverErrors(0.1).dropped(0.15).slow(0.1, SLOW));

    int voters = 20;
    for (int i = 0; i < voters; i++) {
      int voter = i;
      untilAccepted(() -> questions.vote(token, "voter-" + voter, voter % 3, null, null));
    }

    assertEquals(voters, directTally(token));
    var counts = new DynamoQuestionRepository(direct).tally(token, 0).orElseThrow().counts();
    assertEquals(List.of(7, 7, 6), counts);
  }

  @Test
  void wish_list_saves_repeated_after_lost_answers_store_each_item_once() {
    dynamo.faults(Faults.none().throttling(0.2).serverErrors(0.1).dropped(0.15).slow(0.1, SLOW));
    var owner = WishListOwner.account(user);

    int saves = 15;
    for (int i = 0; i < saves; i++) {
      var item = new WishListItem("p" + i, "Product " + i, null, new BigDecimal("9.90"), "USD", null, null, null);
      AddOutcome outcome = untilAccepted(() -> wishLists.add(owner, ListName.DEFAULT, item));
      assertTrue(outcome == AddOutcome.ADDED || outcome == AddOutcome.ALREADY_ON_LIST, outcome.name());
    }

    var stored = new DynamoWishListRepository(direct);
    var ids = stored.items(owner, ListName.DEFAULT).stream().map(WishListItem::productId).toList();
    assertEquals(saves, ids.size());
    assertEquals(saves, new HashSet<>(ids).size());
    assertEquals(saves, stored.lists(owner).get(0).size());
  }

  private void assertAllFailWithinBudget(String token) {
    var owner = WishListOwner.account(user);
    var item = new WishListItem("p1", "Lamp", null, null, null, null, null, null);
    List<Runnable> calls = List.of(
        () -> users.find(user),
        () -> users.save(UserProfile.newUser(user).withLastSearch("lamps")),
        () -> wishLists.add(owner, ListName.DEFAULT, item),
        () -> wishLists.items(owner, ListName.DEFAULT),
        () -> questions.vote(token, "voter-1", 0, null, null),
        () -> questions.tally(token),
        () -> questions.create(Fixtures.aboutOne(user)));
    long slowest = 0;
    for (Runnable call : calls) {
      long start = System.nanoTime();
      try (var turn = TurnBudget.start(TurnBudget.VOICE)) {
        assertThrows(StorageUnavailableException.class, call::run);
      }
      slowest = Math.max(slowest, System.nanoTime() - start);
      assertTrue(!Thread.currentThread().isInterrupted(), "the caller's thread is not left interrupted");
    }
    assertTrue(Duration.ofNanos(slowest).compareTo(TurnBudget.VOICE.plus(SLACK)) <= 0,
        "slowest call took " + Duration.ofNanos(slowest).toMillis() + " ms");
  }

  /** What a shopper or friend does when told "please try again": tries again, each time as a new turn. */
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

  private static int directTally(String token) {
    return new DynamoQuestionRepository(direct).tally(token, 0).orElseThrow().voters();
  }
}
