package com.shoptalk.alexa.browse;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.product.Categories;
import java.util.Optional;

/** "What do you sell": the shop's main categories from its feed, and how to search one of them. */
public final class BrowseCategoriesHandler implements IntentRequestHandler {
  private final Categories categories;

  public BrowseCategoriesHandler(Categories categories) {
    this.categories = categories;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("BrowseCategoriesIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    return BrowseSpeech.categories(conversation, categories.main(conversation.locale()));
  }
}
