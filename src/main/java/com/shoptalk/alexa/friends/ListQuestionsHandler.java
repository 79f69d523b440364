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

/** "What questions do I have open": each open question with its deadline. */
public final class ListQuestionsHandler implements IntentRequestHandler {
  private final Friends friends;

  public ListQuestionsHandler(Friends friends) {
    this.friends = friends;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("ListQuestionsIntent"));
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
    List<String> described = open.stream()
        .map(q -> conversation.text("friends.list.entry", "subject", Friends.subject(conversation, q),
            "when", Friends.when(conversation, q.closesAt())))
        .toList();
    String speech = open.size() == 1
        ? conversation.ssml("friends.list.one", "questions", described.get(0))
        : conversation.ssml("friends.list.many", "count", open.size(), "questions", String.join(" ", described));
    return conversation.ask(speech, conversation.ssml("friends.list.reprompt")).build();
  }
}
