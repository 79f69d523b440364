package com.shoptalk.insights;

/** What a shopper asked their friends about products. */
public enum AskKind {
  /** "Should I buy this?" about one product: answers are buy (0) or skip (1). */
  BUY_OR_NOT,
  /** "Which one should I buy?" among two to four products: the answer is the chosen option's index. */
  WHICH_ONE
}
