package com.shoptalk.alexa.friends;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.Selection;
import com.shoptalk.friends.AskFriendsService;
import com.shoptalk.question.QuestionKind;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** "Ask my friends about this": drafts a buy-or-not question about the product in focus. */
public final class AskFriendsAboutThisHandler implements IntentRequestHandler {
  private final AskFriendsService asking;
  private final Clock clock;

  public AskFriendsAboutThisHandler(AskFriendsService asking, Clock clock) {
    this.asking = asking;
    this.clock = clock;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("AskFriendsAboutThisIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    // a new request: an earlier yes/no question (e.g. the e-mail offer) no longer stands
    conversation.pending(null);
    return Selection.chosenId(conversation)
        .flatMap(id -> asking.draft(QuestionKind.ABOUT_ONE, conversation.locale(), List.of(id), null,
            DeadlineSlots.said(conversation, clock)))
        .map(draft -> QuestionSpeech.confirm(conversation, draft))
        .orElseGet(() -> Listing.of(conversation).isPresent()
            ? Selection.noProductChosen(conversation)
            : conversation.ask(conversation.ssml("friends.nothingChosen"), conversation.ssml("search.ask")).build());
  }
}
