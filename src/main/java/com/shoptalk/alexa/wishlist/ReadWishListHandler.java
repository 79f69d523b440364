package com.shoptalk.alexa.wishlist;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import java.util.Optional;

/** "What's on my wish list": reads a list three items at a time, numbered for choosing. */
public final class ReadWishListHandler implements IntentRequestHandler {
  private final WishLists wishLists;

  public ReadWishListHandler(WishLists wishLists) {
    this.wishLists = wishLists;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("ReadWishListIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    return wishLists.readFromTop(conversation, wishLists.list(conversation, false));
  }
}
