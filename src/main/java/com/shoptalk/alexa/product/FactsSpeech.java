package com.shoptalk.alexa.product;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.FeedWords;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.ProductSpeech;
import com.shoptalk.alexa.Screens;
import com.shoptalk.alexa.buying.BuyOfferAction;
import com.shoptalk.catalog.Availability;
import com.shoptalk.catalog.Dimensions;
import com.shoptalk.catalog.Product;
import com.shoptalk.product.ColorAnswer;
import com.shoptalk.product.ColorMatch;
import com.shoptalk.product.Highlights;
import com.shoptalk.product.Material;
import com.shoptalk.product.MaterialAnswer;
import com.shoptalk.product.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Answers to product questions in words: stock, material, size, brand, colours and "tell me more". Each says what
 * the feed says, or plainly that it says nothing, and what the shopper can do next.
 */
final class FactsSpeech {
  private FactsSpeech() {}

  static Optional<Response> availability(Conversation conversation, Product product, Availability stock) {
    String name = product.spokenName();
    if (stock == Availability.IN_STOCK) {
      BuyOfferAction.offer(conversation);
      String offer = conversation.ssml("stock.in.offer");
      return conversation.ask(conversation.ssml("stock.in", "name", name) + " " + offer, offer).build();
    }
    return answer(conversation, conversation.ssml(switch (stock) {
      case OUT_OF_STOCK -> "stock.out";
      case PREORDER -> "stock.preorder";
      case BACKORDER -> "stock.backorder";
      default -> "stock.unknown";
    }, "name", name));
  }

  static Optional<Response> material(Conversation conversation, Product product, MaterialAnswer answer) {
    String name = product.spokenName();
    Material material = answer.material();
    String materials = ProductSpeech.join(FeedWords.all(material.materials(), conversation), conversation);
    String finish = material.finish().map(f -> FeedWords.of(f, conversation)).orElse("");
    if (material.isUnknown()) {
      return answer(conversation, conversation.ssml("material.unknown", "name", name));
    }
    if (answer.verdict() == MaterialAnswer.Verdict.FINISH_IS) {
      return answer(conversation, conversation.ssml("material.yes.finish", "name", name, "finish", finish));
    }
    if (answer.verdict() == MaterialAnswer.Verdict.ONLY_BROADER) {
      return answer(conversation, conversation.ssml("material.broader", "name", name, "materials", materials));
    }
    if (material.materials().isEmpty()) {
      return answer(conversation, conversation.ssml("material.finish", "name", name, "finish", finish));
    }
    String key = switch (answer.verdict()) {
      case IS -> "material.yes.";
      case IS_NOT -> "material.no.";
      default -> "material.";
    };
    return answer(conversation, material.finish().isEmpty()
        ? conversation.ssml(key + "only", "name", name, "materials", materials)
        : conversation.ssml(key + "both", "name", name, "materials", materials, "finish", finish));
  }

  static Optional<Response> size(Conversation conversation, Product product, Size size) {
    String name = product.spokenName();
    if (size.isUnknown()) {
      return answer(conversation, conversation.ssml("size.unknown", "name", name));
    }
    var said = new ArrayList<String>();
    if (!size.sizes().isEmpty()) {
      List<String> sizes = size.sizes().stream().map(s -> Measures.spokenSize(s, conversation)).toList();
      said.add(conversation.ssml("size.sizes", "name", name, "sizes", ProductSpeech.join(sizes, conversation)));
    }
    Dimensions dimensions = size.dimensions();
    Measures.dimensions(dimensions, conversation)
        .ifPresent(d -> said.add(conversation.ssml("size.dimensions", "name", name, "dimensions", d)));
    dimensions.weightIfKnown().ifPresent(weight ->
        said.add(conversation.ssml("size.weight", "weight", Measures.spoken(weight, conversation))));
    return answer(conversation, String.join(" ", said));
  }

  static Optional<Response> brand(Conversation conversation, Product product, Optional<String> brand) {
    return answer(conversation, brand
        .map(b -> conversation.ssml("brand.known", "name", product.spokenName(), "brand", b))
        .orElseGet(() -> conversation.ssml("brand.unknown", "name", product.spokenName())));
  }

  static Optional<Response> colors(Conversation conversation, Product product, ColorAnswer answer) {
    String name = product.spokenName();
    if (answer.colors().isEmpty()) {
      return answer(conversation, conversation.ssml("colors.unknown", "name", name) + pattern(conversation, product));
    }
    String all = ProductSpeech.join(FeedWords.all(answer.colors(), conversation), conversation);
    String said;
    if (answer.asked().isEmpty()) {
      said = conversation.ssml("colors.all", "name", name, "colors", all);
    } else if (answer.matching().isEmpty()) {
      said = conversation.ssml("colors.no", "name", name, "colors", all);
    } else {
      said = conversation.ssml("colors.yes", "name", name,
          "colors", ProductSpeech.join(FeedWords.all(answer.matching(), conversation), conversation));
    }
    return answer(conversation, said + pattern(conversation, product));
  }

  /**
   * "Is there a green one" about the whole list: the one that is, put in focus; how many are, with the first
   * three; or none, with how to search for one.
   */
  static Optional<Response> colorsAmong(Conversation conversation, Listing listing, String color,
      List<ColorMatch> matches) {
    // A spoken colour is lower case; German writes it as a noun ("in Rot").
    String asked = conversation.locale().getLanguage().equals("de") && !color.isEmpty()
        ? color.substring(0, 1).toUpperCase(conversation.locale()) + color.substring(1)
        : FeedWords.of(color, conversation);
    if (matches.isEmpty()) {
      return conversation.askWithDefaultReprompt(conversation.ssml("colors.among.none", "color", asked));
    }
    if (matches.size() == 1) {
      Product product = matches.get(0).product();
      listing.withFocus(product.id()).save(conversation);
      return answer(conversation, conversation.ssml("colors.among.one", "number", listing.numberOf(product.id()),
          "name", product.spokenName(),
          "colors", ProductSpeech.join(FeedWords.all(matches.get(0).colors(), conversation), conversation)));
    }
    List<String> items = matches.stream().limit(Listing.PAGE).map(match -> conversation.text("colors.among.item",
        "number", listing.numberOf(match.product().id()), "name", match.product().spokenName())).toList();
    return conversation.askWithDefaultReprompt(conversation.ssml("colors.among.many", "count", matches.size(),
        "color", asked, "items", ProductSpeech.join(items, conversation)));
  }

  /** "Tell me more" stays short: this many colours are read out, more are counted. */
  private static final int MAX_COLORS = 3;
  private static final int MAX_HIGHLIGHTS = 2;
  private static final int SENTENCE_CHARS = 110;

  /** "Tell me more": price, colours, up to two highlights (else the description's first sentence), rating. */
  static Optional<Response> details(Conversation conversation, Product product, Highlights highlights) {
    var speech = new StringBuilder(conversation.ssml("details.intro",
        "name", product.spokenName(), "price", ProductSpeech.priceOf(product, conversation)));
    List<String> colors = FeedWords.all(product.colors(), conversation);
    if (colors.size() > MAX_COLORS) {
      // seven colours read out are a list, not an answer: how many, and two of them
      speech.append(' ').append(conversation.ssml("details.colors.many", "count", colors.size(),
          "colors", colors.get(0)));
    } else if (!colors.isEmpty()) {
      speech.append(' ').append(conversation.ssml("details.colors", "colors", ProductSpeech.join(colors, conversation)));
    }
    if (!highlights.highlights().isEmpty()) {
      // a sentence each: feeds write highlights as capitalised phrases ("Comes with accent pillows"), which
      // joined by "and" would read "Cotton upholstery and Comes with accent pillows" on the card
      String said = String.join(". ", highlights.highlights().stream().limit(MAX_HIGHLIGHTS)
          .map(h -> h.strip().replaceAll("[.!]+$", "")).toList());
      speech.append(' ').append(conversation.ssml("details.highlights", "highlights", said));
    } else {
      String description = ProductSpeech.firstSentence(highlights.description(), SENTENCE_CHARS);
      if (!description.isEmpty()) {
        speech.append(' ').append(conversation.ssml("details.description", "description", description));
      }
    }
    product.averageRating().ifPresent(rating -> speech.append(' ').append(conversation.ssml("details.rating",
        "rating", ProductSpeech.stars(rating, conversation.locale()), "count", product.reviews().size())));
    speech.append(' ').append(conversation.ssml("details.hint"));
    return Screens.product(conversation.ask(speech.toString(), conversation.ssml("facts.reprompt")), conversation,
        product).build();
  }

  private static String pattern(Conversation conversation, Product product) {
    return product.pattern().isEmpty() ? ""
        : " " + conversation.ssml("colors.pattern", "pattern", FeedWords.of(product.pattern(), conversation));
  }

  static Optional<Response> answer(Conversation conversation, String speech) {
    return conversation.ask(speech + " " + conversation.ssml("facts.next"), conversation.ssml("facts.reprompt")).build();
  }
}
