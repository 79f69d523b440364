package com.shoptalk.alexa.friends;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.question.QuestionService;
import com.shoptalk.question.Tally;
import java.util.Optional;

/** "Close my question": the newest open question stops taking answers; the shopper hears the final tally. */
public final class CloseQuestionHandler implements IntentRequestHandler {
  private final QuestionService questions;

  public CloseQuestionHandler(QuestionService questions) {
    this.questions = questions;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("CloseQuestionIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    // a new request: an earlier yes/no question (e.g. the e-mail offer) no longer stands
    conversation.pending(null);
    Optional<Tally> closed = questions.closeNewest(conversation.userId());
    if (closed.isEmpty()) {
      return conversation.askWithDefaultReprompt(conversation.ssml("friends.list.none"));
    }
    String subject = QuestionSpeech.subject(conversation, closed.get().question());
    // The final tally, without "that question is closed" right after saying so.
    String speech = VerdictSpeech.answers(conversation, closed.get())
        .map(answers -> conversation.ssml("friends.closed", "subject", subject) + " " + answers)
        .orElseGet(() -> conversation.ssml("friends.closed.unanswered", "subject", subject));
    return conversation.askWithDefaultReprompt(speech);
  }
}
