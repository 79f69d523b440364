package com.shoptalk.alexa.friends;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.question.Question;
import java.util.List;
import java.util.Optional;

/** "Close my question": the newest open question stops taking answers; the shopper hears the final tally. */
public final class CloseQuestionHandler implements IntentRequestHandler {
  private final Friends friends;

  public CloseQuestionHandler(Friends friends) {
    this.friends = friends;
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
    List<Question> open = friends.questions().openQuestions(conversation.userId());
    if (open.isEmpty()) {
      return conversation.askWithDefaultReprompt(conversation.ssml("friends.list.none"));
    }
    Question newest = open.get(0);
    friends.questions().close(conversation.userId(), newest.token());
    String subject = Friends.subject(conversation, newest);
    // The final tally, without "that question is closed" right after saying so.
    String speech = Verdicts.answers(conversation, friends.questions().tally(newest.token()))
        .map(answers -> conversation.ssml("friends.closed", "subject", subject) + " " + answers)
        .orElseGet(() -> conversation.ssml("friends.closed.unanswered", "subject", subject));
    return conversation.askWithDefaultReprompt(speech);
  }
}
