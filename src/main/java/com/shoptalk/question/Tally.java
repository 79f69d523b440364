package com.shoptalk.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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

  /** What friends advise on a question about one product. */
  public enum Advice { BUY, SKIP, SPLIT }

  /**
   * For a question about one product: buy it when more friends said so, skip it when more said
   * that, else split.
   */
  public Advice advice() {
    if (question.kind() != QuestionKind.ABOUT_ONE) {
      throw new IllegalStateException("advice is for questions about one product");
    }
    int buy = counts.get(0);
    int skip = counts.get(1);
    return buy == skip ? Advice.SPLIT : buy > skip ? Advice.BUY : Advice.SKIP;
  }

  /**
   * The product friends favour, worth offering for the wish list: the which-one winner, or the
   * product of a "buy it" majority; empty when there is none.
   */
  public Optional<QuestionOption> favourite() {
    return switch (question.kind()) {
      case WHICH_ONE -> {
        OptionalInt index = winnerIndex();
        yield index.isPresent() ? Optional.of(question.options().get(index.getAsInt())) : Optional.empty();
      }
      case ABOUT_ONE -> advice() == Advice.BUY ? Optional.of(question.options().get(0)) : Optional.empty();
      case IDEAS -> Optional.empty();
    };
  }

  /** The options that share the most votes, when no single one won (in the question's order). */
  public List<QuestionOption> tied() {
    if (question.kind() != QuestionKind.WHICH_ONE || winnerIndex().isPresent()) {
      return List.of();
    }
    int best = counts.stream().mapToInt(Integer::intValue).max().orElse(0);
    var tied = new ArrayList<QuestionOption>();
    for (int i = 0; i < counts.size(); i++) {
      if (counts.get(i) == best) {
        tied.add(question.options().get(i));
      }
    }
    return tied;
  }

  /** The latest answers with a comment, newest first, at most {@code max}. */
  public List<Answer> comments(int max) {
    return latest.stream().filter(a -> a.comment() != null && !a.comment().isBlank()).limit(max).toList();
  }

  /** The latest ideas, newest first, at most {@code max}. */
  public List<String> ideas(int max) {
    return latest.stream().map(Answer::ideaText).filter(i -> i != null && !i.isBlank()).limit(max).toList();
  }
}
