package com.shoptalk.alexa.listing;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.FeedWords;
import com.shoptalk.alexa.ProductSpeech;
import com.shoptalk.catalog.Product;
import com.shoptalk.product.Comparison;
import com.shoptalk.product.Distinction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A comparison in two short sentences: each product's price, colour and rating; then which is cheaper, or best
 * rated, and the one fact that sets one apart.
 */
final class CompareSpeech {
  private CompareSpeech() {}

  static Optional<Response> compared(Conversation conversation, Comparison comparison) {
    var items = new ArrayList<String>();
    for (Product product : comparison.products()) {
      items.add(item(conversation, product));
    }
    var verdict = new ArrayList<String>();
    boolean two = comparison.products().size() == 2;
    if (comparison.difference().isEmpty()) {
      verdict.add(conversation.ssml(two ? "compare.samePrice" : "compare.samePrice.all"));
    } else {
      String difference = ProductSpeech.price(comparison.difference().get(), conversation.locale());
      String cheapest = comparison.cheapest().orElseThrow().spokenName();
      verdict.add(two ? conversation.ssml("compare.cheaper", "name", cheapest, "difference", difference)
          : conversation.ssml("compare.cheapest", "name", cheapest, "difference", difference,
              "dearest", comparison.dearest().orElseThrow().spokenName()));
    }
    comparison.bestRated().filter(best -> comparison.products().size() > 2)
        .ifPresent(best -> verdict.add(conversation.ssml("compare.bestRated", "name", best.spokenName())));
    comparison.distinction().ifPresent(d -> verdict.add(apart(conversation, d)));
    String speech = String.join("; ", items) + ". " + String.join(" ", verdict) + " " + conversation.ssml("compare.next");
    return conversation.ask(speech, conversation.ssml("compare.reprompt")).build();
  }

  /** "Abigail Lounge Chair, $700, in light pink, rated 4.5". */
  private static String item(Conversation conversation, Product product) {
    var said = new StringBuilder(conversation.ssml("compare.item",
        "name", product.spokenName(), "price", ProductSpeech.priceOf(product, conversation)));
    if (!product.colors().isEmpty()) {
      said.append(conversation.ssml("compare.item.color", "color", FeedWords.of(product.colors().get(0), conversation)));
    }
    product.averageRating().ifPresent(rating -> said.append(conversation.ssml("compare.item.rating",
        "rating", ProductSpeech.stars(rating, conversation.locale()))));
    return said.toString();
  }

  private static String apart(Conversation conversation, Distinction distinction) {
    String key = switch (distinction.kind()) {
      case MATERIAL -> "compare.apart.material";
      case HIGHLIGHT -> "compare.apart.highlight";
      case FINISH -> "compare.apart.finish";
    };
    List<String> values = distinction.values().stream()
        .map(v -> distinction.kind() == Distinction.Kind.HIGHLIGHT ? v.replaceAll("[.!]+$", "") : FeedWords.of(v, conversation))
        .toList();
    return conversation.ssml(key, "name", distinction.product().spokenName(),
        "values", ProductSpeech.join(values, conversation));
  }

  /** "Compare them" without two products to compare. */
  static Optional<Response> needTwo(Conversation conversation) {
    return conversation.ask(conversation.ssml("compare.needTwo"), conversation.ssml("search.ask")).build();
  }

  /** "Compare them" with a single result. */
  static Optional<Response> onlyOne(Conversation conversation) {
    return conversation.ask(conversation.ssml("compare.onlyOne"), conversation.ssml("search.ask")).build();
  }

  /** The shopper named the same product twice, or only one. */
  static Optional<Response> pickTwo(Conversation conversation) {
    return conversation.askWithDefaultReprompt(conversation.ssml("compare.pickTwo"));
  }
}
