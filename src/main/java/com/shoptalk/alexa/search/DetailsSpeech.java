package com.shoptalk.alexa.search;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.ProductSpeech;
import com.shoptalk.alexa.Screens;
import com.shoptalk.catalog.Product;
import com.shoptalk.search.ProductReviews;
import java.util.Optional;

/** One product in words: a short summary, its price, what reviewers say. */
final class DetailsSpeech {
  private DetailsSpeech() {}

  /** Briefly: number, name, price, one sentence, what to say next; with a card and screen. */
  static Optional<Response> summary(Conversation conversation, Product product) {
    int number = Listing.of(conversation).map(l -> l.numberOf(product.id())).orElse(0);
    String speech = conversation.ssml(number > 0 ? "product.summary" : "product.summary.unnumbered",
        "number", number, "name", product.spokenName(), "price", ProductSpeech.priceOf(product, conversation),
        "sentence", ProductSpeech.firstSentence(product.description(), 80))
        + " " + conversation.ssml("product.hint");
    return Screens.product(conversation.ask(speech, conversation.ssml("product.reprompt")), conversation, product).build();
  }

  static Optional<Response> price(Conversation conversation, Product product) {
    return aboutProduct(conversation, conversation.ssml("price.speech",
        "name", product.spokenName(), "price", ProductSpeech.priceOf(product, conversation)));
  }

  static Optional<Response> reviews(Conversation conversation, ProductReviews reviews) {
    String name = reviews.product().spokenName();
    if (reviews.quote().isEmpty()) {
      return aboutProduct(conversation, conversation.ssml("reviews.none", "name", name));
    }
    return aboutProduct(conversation, conversation.ssml("reviews.speech",
        "name", name,
        "count", reviews.count(),
        "rating", ProductSpeech.stars(reviews.averageRating(), conversation.locale()),
        "quote", ProductSpeech.firstSentence(reviews.quote().get().text(), 200)));
  }

  private static Optional<Response> aboutProduct(Conversation conversation, String speech) {
    return conversation.ask(speech, conversation.ssml("product.reprompt")).build();
  }
}
