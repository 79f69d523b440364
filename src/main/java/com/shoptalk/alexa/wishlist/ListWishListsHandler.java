package com.shoptalk.alexa.wishlist;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.wishlist.WishListService;
import java.util.Optional;

/** "Which lists do I have": names every list with how many things are on it. */
public final class ListWishListsHandler implements IntentRequestHandler {
  private final WishListService wishLists;

  public ListWishListsHandler(WishListService wishLists) {
    this.wishLists = wishLists;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("ListWishListsIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    return WishListSpeech.lists(conversation, wishLists.listsInUse(ListChoice.owner(conversation)));
  }
}
