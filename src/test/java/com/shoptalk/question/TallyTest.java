package com.shoptalk.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

  private static final Question ONE = new Question("o".repeat(24), "user", null, null, QuestionKind.ABOUT_ONE, null,
      List.of(Fixtures.loungeChair()), "en-US", Instant.EPOCH, Instant.EPOCH.plusSeconds(60), false);

  @Test
  void friends_advise_buying_when_more_said_buy_it() {
    assertEquals(Tally.Advice.BUY, new Tally(ONE, List.of(2, 1), 3, List.of()).advice());
    assertEquals(Tally.Advice.SKIP, new Tally(ONE, List.of(0, 1), 1, List.of()).advice());
    assertEquals(Tally.Advice.SPLIT, new Tally(ONE, List.of(1, 1), 2, List.of()).advice());
  }

  @Test
  void the_favourite_is_the_which_one_winner_or_a_product_to_buy() {
    assertEquals(Optional.of(Fixtures.rockingChair()), new Tally(WHICH, List.of(1, 3, 2), 6, List.of()).favourite());
    assertEquals(Optional.of(Fixtures.loungeChair()), new Tally(ONE, List.of(2, 1), 3, List.of()).favourite());
    assertEquals(Optional.empty(), new Tally(ONE, List.of(1, 1), 2, List.of()).favourite());
    assertEquals(Optional.empty(), new Tally(WHICH, List.of(2, 2, 1), 5, List.of()).favourite());
  }

  @Test
  void a_tie_names_the_options_that_share_the_most_votes() {
    assertEquals(List.of(Fixtures.loungeChair(), Fixtures.rockingChair()), new Tally(WHICH, List.of(2, 2, 1), 5, List.of()).tied());
    assertEquals(List.of(), new Tally(WHICH, List.of(1, 3, 2), 6, List.of()).tied());
  }

  @Test
  void comments_and_ideas_are_the_latest_with_text() {
    var commented = new Answer("v1", "Ben", 0, "Nice", null, null, Instant.EPOCH);
    var silent = new Answer("v2", null, 1, null, null, null, Instant.EPOCH);
    var alsoCommented = new Answer("v3", null, 1, "Meh", null, null, Instant.EPOCH);

    assertEquals(List.of(commented), new Tally(WHICH, List.of(1, 2, 0), 3, List.of(commented, silent, alsoCommented)).comments(1));
  }
}
