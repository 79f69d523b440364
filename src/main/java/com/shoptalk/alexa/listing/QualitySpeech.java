package com.shoptalk.alexa.listing;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.ProductSpeech;
import com.shoptalk.alexa.Screens;
import com.shoptalk.catalog.Product;
import com.shoptalk.product.Quality;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "Which one smells best" in words: the shop doesn't say, what its descriptions do say about it, and the best rated
 * one instead (put in focus), or how to hear a description when nothing is rated.
 */
final class QualitySpeech {
  /** Beyond this many, the products that mention a quality are counted, not numbered. */
  private static final int NAMED = 3;

  private QualitySpeech() {}

  /** The words whose parts mark a description as speaking of the quality ("scent", "duft"); may be empty. */
  static List<String> words(Conversation conversation, Quality quality) {
    String words = conversation.text(key(quality, "words"));
    return words.isBlank() ? List.of() : List.of(words.split(","));
  }

  static Optional<Response> answer(Conversation conversation, Listing listing, Quality quality,
      List<Product> mentioning, Optional<Product> bestRated) {
    var speech = new StringBuilder(conversation.ssml("quality.unknown", "asked", conversation.text(key(quality, "asked"))));
    String topic = conversation.text(key(quality, "topic"));
    if (!mentioning.isEmpty() && !topic.isBlank()) {
      speech.append(' ').append(described(conversation, listing, mentioning, topic));
    }
    if (bestRated.isEmpty()) {
      speech.append(' ').append(conversation.ssml("quality.noRatings"));
      return conversation.askWithDefaultReprompt(speech.toString());
    }
    Product best = bestRated.get();
    listing.withFocus(best.id()).save(conversation);
    speech.append(' ').append(conversation.ssml("superlative.bestRated", "number", listing.numberOf(best.id()),
        "name", best.spokenName(), "rating", ProductSpeech.stars(best.averageRating().orElse(0), conversation.locale())));
    speech.append(' ').append(conversation.ssml("superlative.next"));
    return Screens.product(conversation.ask(speech.toString(), conversation.ssml("facts.reprompt")), conversation, best)
        .build();
  }

  private static String described(Conversation conversation, Listing listing, List<Product> mentioning, String topic) {
    if (mentioning.size() == listing.size() && mentioning.size() > 1) {
      return conversation.ssml("quality.described.all", "topic", topic);
    }
    if (mentioning.size() > NAMED) {
      return conversation.ssml("quality.described.count", "count", mentioning.size(), "topic", topic);
    }
    List<String> numbers = mentioning.stream()
        .map(p -> conversation.text("quality.number", "number", listing.numberOf(p.id()))).toList();
    return conversation.ssml(mentioning.size() == 1 ? "quality.described.one" : "quality.described",
        "products", ProductSpeech.join(numbers, conversation), "topic", topic);
  }

  private static String key(Quality quality, String part) {
    return "quality." + quality.name().toLowerCase(Locale.ROOT) + "." + part;
  }
}
