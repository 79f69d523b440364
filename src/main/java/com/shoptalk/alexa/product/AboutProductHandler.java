package com.shoptalk.alexa.product;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Selection;
import com.shoptalk.catalog.Product;
import java.util.Optional;

/**
 * A question about one product: the one named by position ("is the second one in stock"), else the one in focus
 * ("is it in stock"); "which one?" when none is meant.
 */
abstract class AboutProductHandler implements IntentRequestHandler {
  private final String intent;
  private final Selection selection;

  AboutProductHandler(String intent, Selection selection) {
    this.intent = intent;
    this.selection = selection;
  }

  @Override
  public final boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName(intent));
  }

  @Override
  public final Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    return selection.chosen(conversation)
        .map(product -> answer(conversation, product))
        .orElseGet(() -> nothingChosen(conversation));
  }

  /** The answer when no product is meant: "which one?" (see {@link Selection#noProductChosen}). */
  Optional<Response> nothingChosen(Conversation conversation) {
    return Selection.noProductChosen(conversation);
  }

  /** The answer about the product meant. */
  abstract Optional<Response> answer(Conversation conversation, Product product);
}
