package com.shoptalk.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TallyTest {
  private static final Question WHICH = new Question("t".repeat(24), "user", null, null, QuestionKind.WHICH_ONE, null,
      List.of(Fixtures.loungeChair(), Fixtures.rockingChair(), Fixtures.beanBag()), "en-US",
      Instant.EPOCH, Instant.EPOCH.plusSeconds(60), false);

  @Test
  void winner_is_the_option_with_most_votes() {
    assertEquals(OptionalInt.of(1), new Tally(WHICH, List.of(1, 3, 2), 6, List.of()).winnerIndex());
  }

  @Test
  void no_winner_on_a_tie_or_without_votes() {
    assertTrue(new Tally(WHICH, List.of(2, 2, 1), 5, List.of()).winnerIndex().isEmpty());
    assertTrue(new Tally(WHICH, List.of(0, 0, 0), 0, List.of()).winnerIndex().isEmpty());
  }

  @Test
  void votes_are_the_sum_of_counts() {
    assertEquals(6, new Tally(WHICH, List.of(1, 3, 2), 6, List.of()).votes());
  }
}
