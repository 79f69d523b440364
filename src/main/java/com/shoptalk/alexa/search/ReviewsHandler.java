package com.shoptalk.alexa.search;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Selection;
import com.shoptalk.search.ProductReviews;
import java.util.Optional;

/** "What do people say about it": rating and one review of the product in focus. */
public final class ReviewsHandler implements IntentRequestHandler {
  private final Selection selection;

  public ReviewsHandler(Selection selection) {
    this.selection = selection;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("ReviewsIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    return selection.chosen(conversation).map(ProductReviews::of)
        .map(chosen -> DetailsSpeech.reviews(conversation, chosen))
        .orElseGet(() -> Selection.noProductChosen(conversation));
  }
}
