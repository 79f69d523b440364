package com.shoptalk.question;

import java.util.List;

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

    @Override
    public void deleting(Question question, List<Answer> answers) {}
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

  /**
   * The shopper is deleting a question; what was kept of it elsewhere (comments shared with the
   * shop) goes too.
   *
   * @param answers the friends' latest answers, before they are deleted with the question
   */
  void deleting(Question question, List<Answer> answers);
}
