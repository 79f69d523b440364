package com.shoptalk.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.persistence.DynamoInsightRepository;
import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.question.Fixtures;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The merchant's report from counters in DynamoDB Local. */
class InsightsServiceTest {
  /** How long the voted-on question is kept (its comments go with it). */
  private static final Duration QUESTION_KEPT = Duration.ofDays(60);

  private static final List<ProductRef> CHAIRS = List.of(new ProductRef("oslo", "Lounge Chair Oslo"), new ProductRef("bergen", "Rocking Chair Bergen"));
  private static LocalDynamo dynamo;
  private static int tables;

  private final Fixtures.MutableClock clock = Fixtures.MutableClock.now();
  private InsightRecorder recorder;
  private InsightsService insights;

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
    var repo = new DynamoInsightRepository(dynamo.table("report-" + ++tables));
    recorder = new InsightRecorder(repo, clock);
    insights = new InsightsService(repo, clock);
  }

  @Test
  void counts_below_three_are_hidden_and_three_is_shown() {
    for (int friend = 0; friend < 3; friend++) {
      recorder.friendVoted(vote("v" + friend, 0, null));
    }
    recorder.friendVoted(vote("v9", 1, null));
    recorder.friendVoted(vote("v8", 1, null));

    ProductRow oslo = row(insights.report(insights.since("30d")), "oslo");

    assertEquals(new ShownCount(3L), oslo.get(Counter.WHICH_ONE_WINS));
    assertTrue(oslo.get(Counter.WHICH_ONE_LOSSES).hidden(), "2 losses");
    assertTrue(oslo.get(Counter.CLICKS_BUY).hidden(), "0 clicks");
  }

  @Test
  void sums_the_days_of_the_period_only() {
    for (int i = 0; i < 3; i++) {
      recorder.clicked(LinkSource.QUESTION, "en-US", CHAIRS.get(0));
    }
    clock.advance(Duration.ofDays(10));
    for (int i = 0; i < 4; i++) {
      recorder.clicked(LinkSource.QUESTION, "en-US", CHAIRS.get(0));
    }

    assertEquals(new ShownCount(4L), row(insights.report(insights.since("7d")), "oslo").get(Counter.CLICKS_QUESTION));
    assertEquals(new ShownCount(7L), row(insights.report(insights.since("30d")), "oslo").get(Counter.CLICKS_QUESTION));
  }

  @Test
  void shared_comments_appear_under_each_product_of_the_question_with_what_the_friend_chose() {
    recorder.friendVoted(new FriendVote("en-US", AskKind.WHICH_ONE, CHAIRS, "q1", clock.instant(), clock.instant().plus(QUESTION_KEPT), "v1", 1, null, null,
        "Bergen rocks", true));

    InsightReport report = insights.report(insights.since("30d"));

    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    assertEquals(List.of(new CommentLine(today, CommentLine.Stance.CHOSE_ANOTHER, "Rocking Chair Bergen", "Bergen rocks")),
        row(report, "oslo").comments());
    assertEquals(List.of(new CommentLine(today, CommentLine.Stance.CHOSE_THIS, null, "Bergen rocks")),
        row(report, "bergen").comments());
  }

  @Test
  void rows_are_one_per_product_and_locale_by_title() {
    recorder.savedToWishList("de-DE", new ProductRef("oslo", "Loungesessel Oslo"));
    recorder.savedToWishList("en-US", CHAIRS.get(1));
    recorder.savedToWishList("en-US", CHAIRS.get(0));

    var rows = insights.report(insights.since("1d")).rows();

    assertEquals(List.of("Lounge Chair Oslo", "Loungesessel Oslo", "Rocking Chair Bergen"), rows.stream().map(ProductRow::title).toList());
    assertEquals(List.of("en-US", "de-DE", "en-US"), rows.stream().map(ProductRow::locale).toList());
  }

  @Test
  void a_period_is_one_to_366_days() {
    assertEquals(30, insights.since("30d").days());
    assertEquals(30, insights.since(null).days());
    assertEquals(366, insights.since("366D").days());
    for (String bad : new String[] {"0d", "367d", "30", "d", "-1d", "1w", "30d;drop"}) {
      assertThrows(ReportPeriod.InvalidPeriod.class, () -> insights.since(bad), bad);
    }
  }

  private FriendVote vote(String voter, int choice, Integer previous) {
    return new FriendVote("en-US", AskKind.WHICH_ONE, CHAIRS, "q-" + voter, clock.instant(), clock.instant().plus(QUESTION_KEPT), voter, choice, previous, null, null, false);
  }

  private static ProductRow row(InsightReport report, String productId) {
    return report.rows().stream().filter(r -> r.productId().equals(productId)).findFirst().orElseThrow();
  }

}
