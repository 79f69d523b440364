package com.shoptalk.alexa.wishlist;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListService;
import java.util.Optional;

/** "What's on my wish list": reads a list three items at a time, numbered for choosing. */
public final class ReadWishListHandler implements IntentRequestHandler {
  private final WishListService wishLists;
  private final ListChoice lists;

  public ReadWishListHandler(WishListService wishLists, ListChoice lists) {
    this.wishLists = wishLists;
    this.lists = lists;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("ReadWishListIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    ListName list = lists.list(conversation, false);
    return WishListSpeech.fromTop(conversation, list,
        wishLists.read(ListChoice.owner(conversation), list, conversation.locale()));
  }
}
