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

/** "Tell me more (about the second one)": price, colours, description and rating of a product. */
public final class ProductDetailsHandler implements IntentRequestHandler {
  private final Shopping shopping;

  public ProductDetailsHandler(Shopping shopping) {
    this.shopping = shopping;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("ProductDetailsIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    return shopping.chosen(conversation).map(product -> {
      var speech = new StringBuilder(conversation.ssml("details.intro",
          "name", product.spokenName(), "price", ProductSpeech.priceOf(product, conversation)));
      if (!product.colors().isEmpty()) {
        speech.append(" ").append(conversation.ssml("details.colors", "colors", ProductSpeech.join(product.colors(), conversation)));
      }
      String description = ProductSpeech.firstSentence(product.description(), 400);
      if (!description.isEmpty()) {
        speech.append(" ").append(conversation.ssml("details.description", "description", description));
      }
      product.averageRating().ifPresent(rating -> speech.append(" ").append(conversation.ssml("details.rating",
          "rating", ReviewsHandler.stars(rating, conversation), "count", product.reviews().size())));
      speech.append(" ").append(conversation.ssml("details.hint"));
      return com.shoptalk.alexa.Screens.product(
          conversation.ask(speech.toString(), conversation.ssml("product.reprompt")), conversation, product).build();
    }).orElseGet(() -> shopping.noProductChosen(conversation));
  }
}
