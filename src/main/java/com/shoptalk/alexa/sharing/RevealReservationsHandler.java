package com.shoptalk.alexa.sharing;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.PendingAction;
import com.shoptalk.alexa.wishlist.ListChoice;
import com.shoptalk.sharing.SharingService;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListOwner;
import java.util.Optional;

/**
 * "What's been reserved on my birthday list": that spoils the surprise, so the skill asks first;
 * only after a yes it names the taken wishes — never the friends who took them.
 */
public final class RevealReservationsHandler implements IntentRequestHandler, PendingAction {
  private final SharingService sharing;
  private final ListChoice lists;

  public RevealReservationsHandler(SharingService sharing, ListChoice lists) {
    this.sharing = sharing;
    this.lists = lists;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("RevealReservationsIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    WishListOwner owner = ListChoice.owner(conversation);
    ListName list = SharedListChoice.of(conversation, lists, sharing, true);
    if (sharing.count(owner, list).taken() == 0) {
      return SharingSpeech.nothingTaken(conversation, list, sharing.shareOf(owner, list).isPresent());
    }
    PendingList.ask(conversation, name(), list);
    return SharingSpeech.confirmReveal(conversation);
  }

  @Override
  public String name() {
    return "revealReservations";
  }

  @Override
  public Optional<Response> yes(Conversation conversation) {
    ListName list = PendingList.take(conversation);
    return SharingSpeech.revealed(conversation, list, sharing.takenWishes(ListChoice.owner(conversation), list));
  }

  @Override
  public Optional<Response> no(Conversation conversation) {
    PendingList.take(conversation);
    return conversation.askWithDefaultReprompt(conversation.ssml("lists.reveal.kept"));
  }
}
