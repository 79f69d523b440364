package com.shoptalk.question;

/** What a vote did to the tally. */
public enum VoteOutcome {
  /** The voter's first vote: one more vote for the option. */
  COUNTED,
  /** The voter moved their vote from another option. */
  CHANGED,
  /** The voter chose the same option again (their name or comment may have changed). */
  UNCHANGED
}
