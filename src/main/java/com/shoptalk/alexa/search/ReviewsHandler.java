package com.shoptalk.alexa.search;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.ProductSpeech;
import com.shoptalk.alexa.Shopping;
import com.shoptalk.catalog.Review;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.Optional;

/** "What do people say about it": rating and one review of the product in focus. */
public final class ReviewsHandler implements IntentRequestHandler {
  private final Shopping shopping;

  public ReviewsHandler(Shopping shopping) {
    this.shopping = shopping;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("ReviewsIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    return shopping.chosen(conversation).map(product -> {
      if (product.reviews().isEmpty()) {
        return conversation.ask(conversation.ssml("reviews.none", "name", product.spokenName()),
            conversation.ssml("product.reprompt")).build();
      }
      // The most helpful single quote is the longest of the most typical ratings.
      long rounded = Math.round(product.averageRating().orElse(0));
      Review quote = product.reviews().stream()
          .min(Comparator.comparingLong((Review r) -> Math.abs(r.rating() - rounded))
              .thenComparing(r -> -r.text().length()))
          .orElseThrow();
      String speech = conversation.ssml("reviews.speech",
          "name", product.spokenName(),
          "count", product.reviews().size(),
          "rating", stars(product.averageRating().orElse(0), conversation),
          "quote", ProductSpeech.firstSentence(quote.text(), 200));
      return conversation.ask(speech, conversation.ssml("product.reprompt")).build();
    }).orElseGet(() -> shopping.noProductChosen(conversation));
  }

  /** A star rating with one decimal in the locale's format ("4.5", "4,5"). */
  static String stars(double rating, Conversation conversation) {
    NumberFormat format = NumberFormat.getNumberInstance(conversation.messages().locale());
    format.setMaximumFractionDigits(1);
    return format.format(BigDecimal.valueOf(rating).setScale(1, RoundingMode.HALF_UP));
  }
}
