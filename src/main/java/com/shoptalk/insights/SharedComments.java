package com.shoptalk.insights;

import com.shoptalk.question.Answer;
import com.shoptalk.question.Question;
import com.shoptalk.question.QuestionRepository;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The friends' comments on a shopper's questions that the shop may read, as "delete my data"
 * forgets them. The counters hold no personal data and stay; the comments are friends' words about
 * the shopper's question and go with it.
 */
public final class SharedComments {
  private final InsightRepository insights;
  private final QuestionRepository questions;

  public SharedComments(InsightRepository insights, QuestionRepository questions) {
    this.insights = Objects.requireNonNull(insights, "insights");
    this.questions = Objects.requireNonNull(questions, "questions");
  }

  /**
   * Removes the shared comments of every question of an account; call it before the questions are
   * deleted, since a comment is found through its question and its friend's answer.
   *
   * @throws com.shoptalk.storage.StorageUnavailableException when the store could not finish;
   *     calling again removes the rest
   */
  public void deleteAllOf(String userId) {
    for (Question question : questions.questionsOf(userId)) {
      LocalDate asked = LocalDate.ofInstant(question.createdAt(), ZoneOffset.UTC);
      var tally = questions.tally(question.token(), Integer.MAX_VALUE);
      if (tally.isEmpty()) {
        continue;
      }
      for (Answer answer : tally.get().latest()) {
        if (answer.comment() != null) {
          insights.deleteComment(asked, InsightRecorder.commentId(question.token(), answer.voterId()));
        }
      }
    }
  }
}
