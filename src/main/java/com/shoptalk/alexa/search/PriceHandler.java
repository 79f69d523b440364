package com.shoptalk.alexa.search;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.ProductSpeech;
import com.shoptalk.alexa.Shopping;
import java.util.Optional;

/** "How much is it": the price of the product in focus. */
public final class PriceHandler implements IntentRequestHandler {
  private final Shopping shopping;

  public PriceHandler(Shopping shopping) {
    this.shopping = shopping;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("PriceIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    return shopping.chosen(conversation)
        .map(product -> conversation.ask(conversation.ssml("price.speech",
            "name", product.spokenName(), "price", ProductSpeech.priceOf(product, conversation)),
            conversation.ssml("product.reprompt")).build())
        .orElseGet(() -> shopping.noProductChosen(conversation));
  }
}
