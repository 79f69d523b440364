package com.shoptalk.alexa.friends;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.question.QuestionKind;
import java.util.List;
import java.util.Optional;

/** "Ask my friends for gift ideas for my sister": drafts an open question. */
public final class AskFriendsForIdeasHandler implements IntentRequestHandler {
  private static final int MAX_TOPIC = 150;
  private final Friends friends;

  public AskFriendsForIdeasHandler(Friends friends) {
    this.friends = friends;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("AskFriendsForIdeasIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    // a new request: an earlier yes/no question (e.g. the e-mail offer) no longer stands
    conversation.pending(null);
    Optional<String> topic = conversation.slot("topic").map(String::strip)
        .map(t -> t.length() > MAX_TOPIC ? t.substring(0, MAX_TOPIC) : t);
    if (topic.isEmpty()) {
      return conversation.askWithDefaultReprompt(conversation.ssml("friends.ideas.how"));
    }
    return CreateQuestionAction.confirm(friends, conversation, QuestionKind.IDEAS, List.of(), topic.get());
  }
}
