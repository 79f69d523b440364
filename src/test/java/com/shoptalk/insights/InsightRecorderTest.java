package com.shoptalk.insights;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.persistence.DynamoInsightRepository;
import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.question.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Insight events as they land in DynamoDB Local. */
class InsightRecorderTest {
  /** How long the voted-on question is kept (its comments go with it). */
  private static final Duration QUESTION_KEPT = Duration.ofDays(60);

  private static final AtomicInteger TABLES = new AtomicInteger();
  private static final List<ProductRef> CHAIRS = List.of(
      new ProductRef("oslo", "Lounge Chair Oslo"), new ProductRef("bergen", "Rocking Chair Bergen"), new ProductRef("aalto", null));
  private static LocalDynamo dynamo;

  private final Fixtures.MutableClock clock = Fixtures.MutableClock.now();
  private DynamoInsightRepository repo;
  private InsightRecorder recorder;

  @BeforeAll
  static void start() {
    dynamo = LocalDynamo.inMemory();
  }

  @AfterAll
  static void stop() {
    dynamo.close();
  }

  @BeforeEach
  void wire() {
    repo = new DynamoInsightRepository(dynamo.table("recorder-" + TABLES.incrementAndGet()));
    recorder = new InsightRecorder(repo, clock);
  }

  @Test
  void a_which_one_vote_is_a_win_for_the_choice_and_a_loss_for_the_others() {
    recorder.friendVoted(vote(AskKind.WHICH_ONE, CHAIRS, "q1", "v1", 1, null, null));

    assertEquals(Map.of("oslo", 1L, "bergen", 0L, "aalto", 1L), sums(Counter.WHICH_ONE_LOSSES));
    assertEquals(Map.of("oslo", 0L, "bergen", 1L, "aalto", 0L), sums(Counter.WHICH_ONE_WINS));
  }

  @Test
  void a_moved_vote_is_taken_back_on_the_day_it_was_counted() {
    Instant first = clock.instant();
    recorder.friendVoted(vote(AskKind.BUY_OR_NOT, CHAIRS.subList(0, 1), "q1", "v1", 0, null, null));
    clock.advance(Duration.ofDays(1));

    recorder.friendVoted(vote(AskKind.BUY_OR_NOT, CHAIRS.subList(0, 1), "q1", "v1", 1, 0, first));

    LocalDate day1 = LocalDate.ofInstant(first, ZoneOffset.UTC);
    var counts = repo.counts(day1, day1.plusDays(1), 10).days();
    var byDay = counts.stream().collect(java.util.stream.Collectors.toMap(d -> d.key().day(), d -> d));
    assertEquals(0, byDay.get(day1).get(Counter.VOTES_BUY));
    assertEquals(1, byDay.get(day1.plusDays(1)).get(Counter.VOTES_DONT_BUY));
    assertEquals(Map.of("oslo", 0L), sums(Counter.VOTES_BUY));
  }

  @Test
  void the_same_vote_again_counts_nothing_more() {
    recorder.friendVoted(vote(AskKind.WHICH_ONE, CHAIRS, "q1", "v1", 0, null, null));
    recorder.friendVoted(vote(AskKind.WHICH_ONE, CHAIRS, "q1", "v1", 0, 0, clock.instant()));

    assertEquals(Map.of("oslo", 1L, "bergen", 0L, "aalto", 0L), sums(Counter.WHICH_ONE_WINS));
  }

  @Test
  void a_comment_reaches_the_shop_only_with_the_friends_permission() {
    recorder.friendVoted(new FriendVote("en-US", AskKind.WHICH_ONE, CHAIRS, "q1", clock.instant(), clock.instant().plus(QUESTION_KEPT), "v1", 0, null, null,
        "Not shared", false));
    recorder.friendVoted(new FriendVote("en-US", AskKind.WHICH_ONE, CHAIRS, "q1", clock.instant(), clock.instant().plus(QUESTION_KEPT), "v2", 2, null, null,
        "Aalto is timeless", true));

    var comments = repo.comments(today(), today(), 10);
    assertEquals(List.of("Aalto is timeless"), comments.stream().map(FriendComment::text).toList());
    assertEquals(2, comments.get(0).choice());
  }

  @Test
  void answering_again_without_the_permission_withdraws_the_comment() {
    recorder.friendVoted(new FriendVote("de-DE", AskKind.BUY_OR_NOT, CHAIRS.subList(0, 1), "q1", clock.instant(), clock.instant().plus(QUESTION_KEPT), "v1", 0,
        null, null, "Kaufen!", true));
    recorder.friendVoted(new FriendVote("de-DE", AskKind.BUY_OR_NOT, CHAIRS.subList(0, 1), "q1", clock.instant(), clock.instant().plus(QUESTION_KEPT), "v1", 0,
        0, clock.instant(), "Kaufen!", false));

    assertTrue(repo.comments(today(), today(), 10).isEmpty());
  }

  @Test
  void asking_counts_each_product_by_the_kind_of_question() {
    recorder.askedAbout("en-US", AskKind.WHICH_ONE, CHAIRS.subList(0, 2));
    recorder.askedAbout("en-US", AskKind.BUY_OR_NOT, CHAIRS.subList(0, 1));

    assertEquals(Map.of("oslo", 1L, "bergen", 1L), sums(Counter.ASKED_WHICH_ONE));
    assertEquals(Map.of("oslo", 1L, "bergen", 0L), sums(Counter.ASKED_BUY_OR_NOT));
  }

  @Test
  void a_failing_store_never_fails_the_friends_action() {
    var broken = new InsightRecorder(new DynamoInsightRepository(new DynamoTable(dynamo.client(), "no-such-table")), clock);

    assertDoesNotThrow(() -> {
      broken.askedAbout("en-US", AskKind.WHICH_ONE, CHAIRS);
      broken.friendVoted(new FriendVote("en-US", AskKind.WHICH_ONE, CHAIRS, "q1", clock.instant(), clock.instant().plus(QUESTION_KEPT), "v1", 0, null, null, "x", true));
      broken.clicked(LinkSource.QUESTION, "en-US", CHAIRS.get(0));
      broken.savedToWishList("de-DE", CHAIRS.get(1));
      broken.giftReserved("de-DE", CHAIRS.get(1));
    });
  }

  private FriendVote vote(AskKind kind, List<ProductRef> products, String question, String voter, int choice,
      Integer previous, Instant previousAt) {
    return new FriendVote("en-US", kind, products, question, clock.instant(), clock.instant().plus(QUESTION_KEPT), voter, choice, previous, previousAt, null, false);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /** Per product, one counter summed over the last week. */
  private Map<String, Long> sums(Counter counter) {
    var sums = new java.util.HashMap<String, Long>();
    for (DayCounts day : repo.counts(today().minusDays(7), today(), 100).days()) {
      sums.merge(day.key().productId(), day.get(counter), Long::sum);
    }
    return sums;
  }
}
