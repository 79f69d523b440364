package com.shoptalk.alexa.listing;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.ProductSpeech;
import com.shoptalk.alexa.Screens;
import com.shoptalk.catalog.Product;
import com.shoptalk.product.Superlative;
import com.shoptalk.product.SortOrder;
import java.util.Optional;

/** The list as a whole in words: the cheapest or best one of it, its order, how many there are. */
final class ListSpeech {
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
    };
    return Screens.product(conversation.ask(speech + " " + conversation.ssml("superlative.next"),
        conversation.ssml("facts.reprompt")), conversation, product).build();
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
