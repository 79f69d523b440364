package com.shoptalk.alexa.search;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Shopping;
import java.util.Optional;

/** "The second one", "number three": puts a product in focus and describes it briefly. */
public final class SelectItemHandler implements IntentRequestHandler {
  private final Shopping shopping;

  public SelectItemHandler(Shopping shopping) {
    this.shopping = shopping;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("SelectItemIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    return shopping.chosen(conversation)
        .map(product -> shopping.present(conversation, product))
        .orElseGet(() -> shopping.noProductChosen(conversation));
  }
}
