package com.shoptalk.question;

/** The three kinds of question a shopper can ask their friends. */
public enum QuestionKind {
  /** "Should I buy this?" about one product: friends answer buy it (0) or skip it (1). */
  ABOUT_ONE,
  /** "Which one should I buy?" with two to four products: friends pick one. */
  WHICH_ONE,
  /** An open question ("gift ideas for my sister"): friends suggest ideas, optionally with a link. */
  IDEAS;

  /** How many vote counters a question of this kind keeps. */
  public int counters(int options) {
    return switch (this) {
      case ABOUT_ONE -> 2;
      case WHICH_ONE -> options;
      case IDEAS -> 0;
    };
  }
}
