package com.shoptalk.alexa.listing;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.ProductSpeech;
import com.shoptalk.alexa.Screens;
import com.shoptalk.alexa.product.Measures;
import com.shoptalk.catalog.Product;
import com.shoptalk.product.SizeOrder;
import com.shoptalk.product.Superlative;
import com.shoptalk.product.SortOrder;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The list as a whole in words: the cheapest or best one of it, its order, how many there are. */
final class ListSpeech {
  /** Beyond this many, the products smaller than another are counted and the first of them named. */
  private static final int NAMED = 3;

  private ListSpeech() {}

  /** "The cheapest is number 4, …": names the product, with its card. */
  static Optional<Response> best(Conversation conversation, Listing listing, Superlative superlative, Product product) {
    int number = listing.numberOf(product.id());
    String speech = switch (superlative) {
      case CHEAPEST -> conversation.ssml("superlative.cheapest", "number", number, "name", product.spokenName(),
          "price", ProductSpeech.priceOf(product, conversation));
      case MOST_EXPENSIVE -> conversation.ssml("superlative.mostExpensive", "number", number,
          "name", product.spokenName(), "price", ProductSpeech.priceOf(product, conversation));
      case BEST_RATED -> conversation.ssml("superlative.bestRated", "number", number, "name", product.spokenName(),
          "rating", ProductSpeech.stars(product.averageRating().orElse(0), conversation.locale()));
      case SMALLEST, LARGEST, LIGHTEST, HEAVIEST ->
          throw new IllegalArgumentException("sizes are said by bySize: " + superlative);
    };
    return withCard(conversation, product, speech);
  }

  /** The speech, what to do next, and the product's card. */
  private static Optional<Response> withCard(Conversation conversation, Product product, String speech) {
    return Screens.product(conversation.ask(speech + " " + conversation.ssml("superlative.next"),
        conversation.ssml("facts.reprompt")), conversation, product).build();
  }

  /**
   * "The biggest is number 3, Jute Rug: 10 by 12 feet", with its card; when several tie, "Numbers 2 and 5 are the
   * smallest, 3 by 5 feet each" and which one to hear about; when the shop gives no sizes that tell them apart, so.
   */
  static Optional<Response> bySize(Conversation conversation, Listing listing, Superlative superlative,
      Optional<SizeOrder.Extreme> found) {
    if (found.isEmpty()) {
      return conversation.askWithDefaultReprompt(conversation.ssml(superlative.byWeight()
          ? "superlative.noWeights" : "superlative.noSizes"));
    }
    SizeOrder.Extreme extreme = found.get();
    String unknown = unknown(conversation, listing, superlative, extreme.unknown());
    if (extreme.products().size() == 1) {
      Product product = extreme.products().get(0);
      listing.withFocus(product.id()).save(conversation);
      String speech = conversation.ssml(sizeKey(superlative), "number", listing.numberOf(product.id()),
          "name", product.spokenName(), "size", sizeOf(conversation, superlative, product, extreme.size()));
      return withCard(conversation, product, speech + unknown);
    }
    String size = sizeOf(conversation, superlative, extreme.products().get(0), extreme.size());
    String speech = conversation.ssml(sizeKey(superlative) + ".tied", "numbers", numbers(conversation, listing,
        extreme.products()), "size", size) + unknown + " " + conversation.ssml("superlative.tied.next");
    return conversation.ask(speech, conversation.ssml("superlative.tied.next")).build();
  }

  /**
   * "Smaller than Jute Rug: number 2, Meadow Rug, 3 by 5 feet, and number 8, …", "Nothing in this list is smaller
   * than …", or that the shop gives no size for the product to compare with.
   */
  static Optional<Response> otherSize(Conversation conversation, Listing listing, boolean smaller, Product than,
      Optional<List<SizeOrder.Sized>> found) {
    String key = smaller ? "otherSize.smaller" : "otherSize.bigger";
    Superlative superlative = smaller ? Superlative.SMALLEST : Superlative.LARGEST;
    if (found.isEmpty()) {
      return conversation.askWithDefaultReprompt(conversation.ssml(key + ".unknown", "name", than.spokenName()));
    }
    if (found.get().isEmpty()) {
      return conversation.askWithDefaultReprompt(conversation.ssml(key + ".none", "name", than.spokenName()));
    }
    List<String> items = found.get().stream().limit(NAMED).map(sized -> conversation.text("otherSize.item",
        "number", listing.numberOf(sized.product().id()), "name", sized.product().spokenName(),
        "size", sizeOf(conversation, superlative, sized.product(), sized.size()))).toList();
    String speech = conversation.ssml(found.get().size() > NAMED ? key + ".more" : key, "name", than.spokenName(),
        "count", found.get().size(), "items", ProductSpeech.join(items, conversation));
    return conversation.ask(speech + " " + conversation.ssml("superlative.tied.next"),
        conversation.ssml("superlative.tied.next")).build();
  }

  /** " The shop gives no size for number 8.", or nothing when every product had one. */
  private static String unknown(Conversation conversation, Listing listing, Superlative superlative,
      List<Product> products) {
    if (products.isEmpty()) {
      return "";
    }
    String key = (superlative.byWeight() ? "superlative.noWeight" : "superlative.noSize")
        + (products.size() == 1 ? ".one" : "");
    return " " + conversation.ssml(key, "numbers", numbers(conversation, listing, products));
  }

  private static String numbers(Conversation conversation, Listing listing, List<Product> products) {
    return ProductSpeech.join(products.stream().map(p -> Integer.toString(listing.numberOf(p.id()))).toList(),
        conversation);
  }

  private static String sizeKey(Superlative superlative) {
    return "superlative." + superlative.name().toLowerCase(Locale.ROOT);
  }

  /** The feed's size in words ("10 by 12 feet"), else the product's measurements or weight. */
  private static String sizeOf(Conversation conversation, Superlative superlative, Product product,
      Optional<String> size) {
    Optional<String> said = size.map(s -> Measures.spokenSize(s, conversation));
    if (said.isEmpty() && superlative.byWeight()) {
      said = product.dimensions().weightIfKnown().map(weight -> Measures.spoken(weight, conversation));
    }
    return said.or(() -> Measures.dimensions(product.dimensions(), conversation)).orElse("");
  }

  static Optional<Response> noRatings(Conversation conversation) {
    return conversation.askWithDefaultReprompt(conversation.ssml("superlative.noRatings"));
  }

  static Optional<Response> whichSuperlative(Conversation conversation) {
    String which = conversation.ssml("superlative.which");
    return conversation.ask(which, which).build();
  }

  /** What is read before the sorted list. */
  static String sortedBy(Conversation conversation, SortOrder order) {
    return conversation.ssml(switch (order) {
      case PRICE_ASC -> "sort.priceAsc";
      case PRICE_DESC -> "sort.priceDesc";
      case RATING -> "sort.rating";
    });
  }

  static Optional<Response> cannotSortByRating(Conversation conversation) {
    return conversation.askWithDefaultReprompt(conversation.ssml("sort.noRatings"));
  }

  static Optional<Response> whichOrder(Conversation conversation) {
    String which = conversation.ssml("sort.which");
    return conversation.ask(which, which).build();
  }

  /** "There are 12 of them. You've heard up to number 3. Say more for the next ones." */
  static Optional<Response> count(Conversation conversation, Listing listing) {
    int count = listing.size();
    int heard = Math.min(count, listing.offset() + Listing.PAGE);
    String speech = count == 1 ? conversation.ssml("count.one") : conversation.ssml("count.many", "count", count)
        + " " + (heard < count ? conversation.ssml("count.heard", "heard", heard) : conversation.ssml("count.all"));
    return conversation.askWithDefaultReprompt(speech);
  }

  /** A question about "them" with no list to ask about. */
  static Optional<Response> nothingListed(Conversation conversation) {
    return conversation.ask(conversation.ssml("select.nothingListed"), conversation.ssml("search.ask")).build();
  }

  /** "Is there anything on sale" before any search: the shop doesn't say, and what to do instead. */
  static Optional<Response> noSalesNothingListed(Conversation conversation) {
    return conversation.ask(conversation.ssml("sort.noSales.nothingListed"), conversation.ssml("search.ask")).build();
  }
}
