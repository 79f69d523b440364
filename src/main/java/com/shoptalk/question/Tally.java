package com.shoptalk.question;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Where a question stands: votes per option, how many friends answered, and the latest comments
 * and ideas.
 *
 * @param question the question
 * @param counts votes per option; for {@code ABOUT_ONE} [buy it, skip it]; empty for ideas
 * @param voters how many friends answered (voted or gave an idea)
 * @param latest the latest answers that carry a comment or an idea, newest first
 */
public record Tally(Question question, List<Integer> counts, int voters, List<Answer> latest) {

  public Tally {
    Objects.requireNonNull(question, "question");
    counts = List.copyOf(counts);
    latest = List.copyOf(latest);
    if (counts.size() != question.counters()) {
      throw new IllegalArgumentException("expected " + question.counters() + " counts, got " + counts.size());
    }
  }

  /** The total number of votes. */
  public int votes() {
    return counts.stream().mapToInt(Integer::intValue).sum();
  }

  /** The option with the most votes; empty when nobody voted or the top options are tied. */
  public OptionalInt winnerIndex() {
    int best = -1;
    boolean tie = false;
    for (int i = 0; i < counts.size(); i++) {
      int count = counts.get(i);
      if (count <= 0) {
        continue;
      }
      if (best < 0 || count > counts.get(best)) {
        best = i;
        tie = false;
      } else if (count == counts.get(best)) {
        tie = true;
      }
    }
    return best < 0 || tie ? OptionalInt.empty() : OptionalInt.of(best);
  }
}
