package com.shoptalk.alexa.friends;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.friends.AskFriendsService;
import com.shoptalk.question.QuestionKind;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** "Ask my friends for gift ideas for my sister": drafts an open question. */
public final class AskFriendsForIdeasHandler implements IntentRequestHandler {
  private final AskFriendsService asking;
  private final Clock clock;

  public AskFriendsForIdeasHandler(AskFriendsService asking, Clock clock) {
    this.asking = asking;
    this.clock = clock;
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
    return asking.draft(QuestionKind.IDEAS, conversation.locale(), List.of(), conversation.slot("topic").orElse(null),
            DeadlineSlots.said(conversation, clock))
        .map(draft -> QuestionSpeech.confirm(conversation, draft))
        .orElseGet(() -> conversation.askWithDefaultReprompt(conversation.ssml("friends.ideas.how")));
  }
}
