package com.shoptalk.question;

/**
 * What happens to questions, for whoever keeps count of it (the merchant's insights). Implementations
 * must return normally and quickly whatever happens on their side: a question or a vote never
 * fails because of them.
 */
public interface QuestionEvents {
  /** Keeps no count. */
  QuestionEvents NONE = new QuestionEvents() {
    @Override
    public void asked(Question question) {}

    @Override
    public void voted(Question question, Answer previous, Answer answer, boolean commentShared) {}
  };

  /** A shopper asked their friends a question. */
  void asked(Question question);

  /**
   * A friend voted.
   *
   * @param previous the friend's earlier answer to this question, or {@code null} for their first
   * @param commentShared whether the friend allowed the shop to read their comment
   */
  void voted(Question question, Answer previous, Answer answer, boolean commentShared);
}
