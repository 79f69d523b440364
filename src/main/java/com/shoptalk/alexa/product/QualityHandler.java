package com.shoptalk.alexa.product;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.ProductSpeech;
import com.shoptalk.alexa.Selection;
import com.shoptalk.catalog.Product;
import com.shoptalk.product.Quality;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * "Is it soft", "ist der bequem": a matter of taste about one product. The feed has no such fact, so the answer
 * quotes what the product's description or highlights say about it, or says plainly that the shop doesn't say; and
 * what its reviewers' stars are, when it has reviews.
 */
public final class QualityHandler extends AboutProductHandler {
  private static final int MAX_CHARS = 160;

  public QualityHandler(Selection selection) {
    super("QualityIntent", selection);
  }

  @Override
  Optional<Response> answer(Conversation conversation, Product product) {
    Optional<Quality> quality = conversation.resolvedSlot("quality").flatMap(Quality::of);
    if (quality.isEmpty()) {
      return FactsSpeech.answer(conversation, conversation.ssml("quality.product.unsure", "name", product.spokenName()));
    }
    String key = "quality." + quality.get().name().toLowerCase(Locale.ROOT);
    String words = conversation.text(key + ".words");
    List<String> parts = words.isBlank() ? List.of() : List.of(words.split(","));
    Locale locale = conversation.locale();
    Optional<String> said = Stream.concat(sentences(product.description()), product.facts().highlights().stream())
        .filter(text -> parts.stream().anyMatch(part -> text.toLowerCase(locale).contains(part.strip())))
        .findFirst()
        .map(QualityHandler::shortened);
    String answer = said
        .map(text -> conversation.ssml("quality.product.known", "name", product.spokenName(), "text", text))
        .orElseGet(() -> conversation.ssml("quality.product.unknown", "name", product.spokenName(),
            "asked", conversation.text(key + ".whether")));
    return FactsSpeech.answer(conversation, answer + reviews(conversation, product));
  }

  /** What reviewers think, which speaks to a matter of taste better than the shop's own words. */
  private static String reviews(Conversation conversation, Product product) {
    if (product.averageRating().isEmpty()) {
      return "";
    }
    int count = product.reviews().size();
    return " " + conversation.ssml(count == 1 ? "quality.product.reviews.one" : "quality.product.reviews",
        "count", count, "rating", ProductSpeech.stars(product.averageRating().getAsDouble(), conversation.locale()));
  }

  private static Stream<String> sentences(String description) {
    return Stream.of(description.strip().replaceAll("\\s+", " ").split("(?<=[.!?]) ")).filter(s -> !s.isBlank());
  }

  /** The sentence, cut at a word after {@link #MAX_CHARS} characters ("…"), ending with a full stop or "…". */
  private static String shortened(String sentence) {
    String text = sentence.strip();
    if (text.length() > MAX_CHARS) {
      int cut = text.lastIndexOf(' ', MAX_CHARS);
      return text.substring(0, cut > 0 ? cut : MAX_CHARS).replaceAll("[,;:]$", "") + "…";
    }
    return text.matches(".*[.!?…]$") ? text : text + ".";
  }
}
