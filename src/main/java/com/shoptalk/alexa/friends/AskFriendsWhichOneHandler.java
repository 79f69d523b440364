package com.shoptalk.alexa.friends;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.Selection;
import com.shoptalk.alexa.listing.CompareHandler;
import com.shoptalk.friends.AskFriendsService;
import com.shoptalk.question.QuestionKind;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * "Ask my friends which one I should buy", "… about the first and the third": drafts a question
 * with two to four options from the results or the wish list being read; right after a comparison, the products
 * compared.
 */
public final class AskFriendsWhichOneHandler implements IntentRequestHandler {
  private static final List<String> SLOTS = List.of("first", "second", "third", "fourth");
  private final AskFriendsService asking;
  private final Clock clock;

  public AskFriendsWhichOneHandler(AskFriendsService asking, Clock clock) {
    this.asking = asking;
    this.clock = clock;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("AskFriendsWhichOneIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    // a new request: an earlier yes/no question (e.g. the e-mail offer) no longer stands
    conversation.pending(null);
    Optional<Listing> listing = Listing.of(conversation);
    if (listing.isEmpty() || listing.get().size() < 2) {
      return conversation.ask(conversation.ssml("friends.whichOne.needTwo"), conversation.ssml("search.ask")).build();
    }
    var ids = new ArrayList<String>();
    for (String slot : SLOTS) {
      Optional<Integer> position = conversation.slot(slot).filter("last"::equalsIgnoreCase).map(last -> -1)
          .or(() -> conversation.numberSlot(slot));
      if (position.isPresent()) {
        Optional<String> id = listing.get().at(position.get());
        if (id.isEmpty()) {
          return conversation.askWithDefaultReprompt(Selection.outOfRange(conversation, position.get(), listing.get().size()));
        }
        ids.add(id.get());
      }
    }
    // Nothing picked: the products just compared, else the products just heard.
    List<String> options = !ids.isEmpty() ? ids
        : CompareHandler.justCompared(conversation).orElseGet(() -> listing.get().page());
    return asking.draft(QuestionKind.WHICH_ONE, conversation.locale(), options, null, DeadlineSlots.said(conversation, clock))
        .map(draft -> QuestionSpeech.confirm(conversation, draft))
        .orElseGet(() -> conversation.askWithDefaultReprompt(conversation.ssml("friends.whichOne.needTwo.picked")));
  }
}
