package com.shoptalk.question;

/** What a vote did to the tally. */
public enum VoteOutcome {
  /** The voter's first vote: one more vote for the option. */
  COUNTED,
  /** The voter moved their vote from another option. */
  CHANGED,
  /** The voter chose the same option again (their name or comment may have changed). */
  UNCHANGED;

  /**
   * What replacing a voter's answer does to the tally.
   *
   * @param previous the voter's earlier answer, or {@code null} for their first
   * @param next the new answer
   */
  public static VoteOutcome replacing(Answer previous, Answer next) {
    if (previous == null || previous.optionIndex() == null && next.optionIndex() != null) {
      return COUNTED;
    }
    return java.util.Objects.equals(previous.optionIndex(), next.optionIndex()) ? UNCHANGED : CHANGED;
  }
}
