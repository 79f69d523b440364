package com.shoptalk.question;

/** No question has this token (never had, deleted, or expired from the table), or it is someone else's. */
public final class QuestionNotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public QuestionNotFound() {
    // the token is deliberately not part of the message: it is the question's only secret
    super("question not found", null, false, false);
  }
}
