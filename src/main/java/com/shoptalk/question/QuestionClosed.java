package com.shoptalk.question;

/** The question no longer takes answers: its owner closed it or its deadline passed. */
public final class QuestionClosed extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Question question;

  public QuestionClosed(Question question) {
    super("question closed", null, false, false);
    this.question = question;
  }

  /** The closed question. */
  public Question question() {
    return question;
  }
}
