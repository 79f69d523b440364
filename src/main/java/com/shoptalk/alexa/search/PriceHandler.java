package com.shoptalk.alexa.search;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Selection;
import java.util.Optional;

/** "How much is it": the price of the product in focus. */
public final class PriceHandler implements IntentRequestHandler {
  private final Selection selection;

  public PriceHandler(Selection selection) {
    this.selection = selection;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("PriceIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    return selection.chosen(conversation)
        .map(chosen -> DetailsSpeech.price(conversation, chosen))
        .orElseGet(() -> Selection.noProductChosen(conversation));
  }
}
