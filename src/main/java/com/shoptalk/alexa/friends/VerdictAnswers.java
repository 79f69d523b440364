package com.shoptalk.alexa.friends;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.question.QuestionService;
import com.shoptalk.user.VisitService;
import java.time.Clock;
import java.util.Optional;

/**
 * "What did my friends say" (asked, or accepted at launch): the verdicts of open and recently
 * closed questions; once answered, what was heard is no longer news at the next launch.
 */
public final class VerdictAnswers {
  private final QuestionService questions;
  private final VisitService visits;
  private final Clock clock;

  public VerdictAnswers(QuestionService questions, VisitService visits, Clock clock) {
    this.questions = questions;
    this.visits = visits;
    this.clock = clock;
  }

  Optional<Response> read(Conversation conversation) {
    String userId = conversation.userId();
    var tallies = questions.recentTallies(userId);
    if (!tallies.isEmpty()) {
      conversation.afterAnswer(() -> visits.recordVisit(userId));
    }
    return VerdictSpeech.verdicts(conversation, tallies, clock.instant());
  }
}
