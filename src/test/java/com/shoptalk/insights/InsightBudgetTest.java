package com.shoptalk.insights;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.persistence.DynamoInsightRepository;
import com.shoptalk.question.Fixtures;
import com.shoptalk.storage.TurnBudget;
import com.shoptalk.testing.FaultyDynamo;
import com.shoptalk.testing.FaultyDynamo.Faults;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A store that answers slowly holds a shopper's or friend's action up by at most the insight budget. */
class InsightBudgetTest {
  /** How long the voted-on question is kept (its comments go with it). */
  private static final Duration QUESTION_KEPT = Duration.ofDays(60);

  private static final Duration SLACK = Duration.ofMillis(700);
  private static final List<ProductRef> CHAIRS = List.of(
      new ProductRef("oslo", "Oslo"), new ProductRef("bergen", "Bergen"), new ProductRef("aalto", "Aalto"));

  @Test
  void a_slow_store_holds_an_event_up_by_at_most_its_budget_and_leaves_the_rest_of_the_turn() {
    var clock = Fixtures.MutableClock.now();
    try (var dynamo = FaultyDynamo.start(Faults.none().slow(1.0, Duration.ofSeconds(3)))) {
      var recorder = new InsightRecorder(new DynamoInsightRepository(dynamo.table("insights")), clock);
      try (var turn = TurnBudget.start(TurnBudget.VOICE)) {
        long start = System.nanoTime();

        recorder.friendVoted(new FriendVote("en-US", AskKind.WHICH_ONE, CHAIRS, "q1", clock.instant(), clock.instant().plus(QUESTION_KEPT), "v1", 0, null, null,
            "shared", true));

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(InsightRecorder.BUDGET.plus(SLACK)) <= 0, "took " + took);
        assertTrue(TurnBudget.remainingMillis().orElseThrow() > TurnBudget.VOICE.minus(InsightRecorder.BUDGET.plus(SLACK)).toMillis(),
            "the turn keeps its time for the action itself");
      }
    }
  }
}
