package com.shoptalk.alexa.search;

import com.amazon.ask.model.Response;
import com.amazon.ask.response.ResponseBuilder;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.FeedWords;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.ProductSpeech;
import com.shoptalk.alexa.Screens;
import com.shoptalk.catalog.Product;
import com.shoptalk.catalog.SearchQuery;
import com.shoptalk.search.RefineOutcome;
import com.shoptalk.search.SearchOutcome;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Search results in words: "I found 12 results for rugs. 1: …", the results page by page, a
 * search put into words, and the help when nothing matched. What is read becomes the session's
 * {@link Listing}, so "more" and "the second one" work on it.
 */
public final class SearchSpeech {
  /** Pending action name: the shopper may accept a spelling suggestion. */
  static final String SUGGESTION = "suggestion";
  private static final String SUGGESTED = "suggestedQuery";

  private SearchSpeech() {}

  /** Reads what a search found, or helps when it found nothing. */
  public static Optional<Response> answer(Conversation conversation, SearchOutcome outcome) {
    if (outcome instanceof SearchOutcome.Found found) {
      return found(conversation, found, heading(conversation, found));
    }
    if (outcome instanceof SearchOutcome.NotCarried notCarried) {
      return notCarried(conversation, notCarried);
    }
    if (outcome instanceof SearchOutcome.RoomNotFurnished room) {
      return roomNotFurnished(conversation, room);
    }
    return nothingFound(conversation, (SearchOutcome.NothingFound) outcome);
  }

  /** "We don't carry chandeliers. We have home accents." */
  private static Optional<Response> notCarried(Conversation conversation, SearchOutcome.NotCarried notCarried) {
    Locale locale = conversation.locale();
    List<String> related = notCarried.related().stream()
        .map(category -> locale.getLanguage().equals("de") ? category : category.toLowerCase(locale)).toList();
    String speech = related.isEmpty()
        ? conversation.ssml("search.notCarried.plain", "kind", notCarried.kind())
        : conversation.ssml("search.notCarried", "kind", notCarried.kind(),
            "related", ProductSpeech.join(related, conversation));
    return conversation.ask(speech, conversation.ssml("search.ask")).build();
  }

  /** "I have nothing for the hallway, but the shop has chairs, bedding and rugs." */
  private static Optional<Response> roomNotFurnished(Conversation conversation, SearchOutcome.RoomNotFurnished room) {
    Locale locale = conversation.locale();
    String name = locale.getLanguage().equals("de")
        ? room.room().substring(0, 1).toUpperCase(locale) + room.room().substring(1) : room.room().toLowerCase(locale);
    String speech = room.categories().isEmpty()
        ? conversation.ssml("search.room.none.plain", "room", name)
        : conversation.ssml("search.room.none", "room", name,
            "categories", ProductSpeech.join(FeedWords.all(room.categories(), conversation), conversation));
    return conversation.ask(speech, conversation.ssml("search.ask")).build();
  }

  /** Reads the first results after a heading of the caller's ("I found 3 cheaper ones …"). */
  public static Optional<Response> found(Conversation conversation, SearchOutcome.Found found, String heading) {
    Listing listing = Listing.ofSearch(found.query(), found.productIds());
    List<Product> firstPage = found.products().subList(0, Math.min(Listing.PAGE, found.products().size()));
    return page(conversation, listing, heading, firstPage, found.currency());
  }

  static String heading(Conversation conversation, SearchOutcome.Found found) {
    int count = found.products().size();
    if (found.gift() && !found.isBroadened()) {
      // The price limits as the shopper set them: "gift ideas under $50".
      String limits = describe(conversation, found.query().withText(""), found.currency())
          .replaceFirst("^" + Pattern.quote(conversation.text("query.anything")), "").strip();
      return conversation.ssml(count == 1 ? "search.gift.one" : "search.gift", "count", count,
          "limits", limits.isEmpty() ? "" : " " + limits);
    }
    if (found.isBroadened()) {
      return conversation.ssml(count == 1 ? "search.broadened.one" : "search.broadened",
          "query", describe(conversation, found.broadenedFrom(), found.currency()), "count", count,
          "broader", describe(conversation, found.query(), found.currency()));
    }
    String query = describe(conversation, found.query(), found.currency());
    return count == 1
        ? conversation.ssml("search.found.one", "query", query)
        : conversation.ssml("search.found.many", "count", count, "query", query);
  }

  private static Optional<Response> nothingFound(Conversation conversation, SearchOutcome.NothingFound nothing) {
    String said = describe(conversation, nothing.query(), nothing.currency());
    if (nothing.suggestion().isPresent()) {
      String suggestion = nothing.suggestion().get();
      conversation.pending(SUGGESTION);
      conversation.session().put(SUGGESTED, suggestion);
      String speech = conversation.ssml("search.none.suggest", "query", said, "suggestion", suggestion);
      return conversation.ask(speech, conversation.ssml("search.none.suggest.reprompt", "suggestion", suggestion)).build();
    }
    return conversation.ask(conversation.ssml("search.none", "query", said), conversation.ssml("search.ask")).build();
  }

  /** The spelling suggestion the shopper was offered, taken out of the session. */
  static Optional<String> takeSuggestion(Conversation conversation) {
    return Optional.ofNullable(conversation.session().remove(SUGGESTED)).map(Object::toString);
  }

  /** "What would you like to find?" */
  public static Optional<Response> askWhat(Conversation conversation) {
    return conversation.ask(conversation.ssml("search.ask"), conversation.ssml("search.ask")).build();
  }

  /** "Search for something first", when a request needs results the shopper does not have. */
  static Optional<Response> needSearch(Conversation conversation) {
    return conversation.ask(conversation.ssml("refine.needSearch"), conversation.ssml("search.ask")).build();
  }

  /** "Nothing matches rugs in grey. I kept your 8 results.": a narrowing that left nothing, the results kept. */
  static Optional<Response> nothingLeft(Conversation conversation, RefineOutcome outcome, int kept) {
    return conversation.askWithDefaultReprompt(conversation.ssml(kept == 1 ? "refine.none.one" : "refine.none",
        "query", describe(conversation, outcome.query(), outcome.currency()), "count", kept));
  }

  /**
   * Reads one page of search results, numbered, with a card and (on screens) a list.
   *
   * @param products the products of the listing's page, in order (ids no longer in the catalog left out)
   */
  static Optional<Response> page(Conversation conversation, Listing listing, String intro, List<Product> products, Currency currency) {
    listing.save(conversation);
    var speech = new StringBuilder(intro);
    var shown = new ArrayList<Screens.Numbered>();
    for (Product product : products) {
      int number = listing.numberOf(product.id());
      shown.add(new Screens.Numbered(number, product));
      speech.append(' ').append(conversation.ssml("search.item",
          "number", number, "name", product.spokenName(), "price", ProductSpeech.priceOf(product, conversation)));
    }
    if (listing.size() == 1) {
      speech.append(' ').append(conversation.ssml("product.hint"));
    } else {
      speech.append(' ').append(conversation.ssml(listing.hasMore() ? "search.hint.more" : "search.hint.end"));
    }
    ResponseBuilder response = conversation.ask(speech.toString(),
        conversation.ssml(listing.hasMore() ? "search.reprompt.more" : "search.reprompt.end"));
    String title = listing.query() == null ? conversation.text("search.card.title.plain")
        : conversation.text("search.card.title", "query", describe(conversation, listing.query(), currency));
    return Screens.list(response, conversation, title, shown).build();
  }

  /** A search in words: "lounge chair under $200 in blue". */
  static String describe(Conversation conversation, SearchQuery query, Currency currency) {
    Locale locale = conversation.locale();
    var parts = new ArrayList<String>();
    parts.add(query.text().isBlank() ? conversation.text("query.anything") : query.text());
    if (query.minPrice() != null && query.maxPrice() != null) {
      parts.add(conversation.text("query.between",
          "min", ProductSpeech.price(query.minPrice(), currency, locale),
          "max", ProductSpeech.price(query.maxPrice(), currency, locale)));
    } else if (query.maxPrice() != null) {
      parts.add(conversation.text("query.under", "max", ProductSpeech.price(query.maxPrice(), currency, locale)));
    } else if (query.minPrice() != null) {
      parts.add(conversation.text("query.over", "min", ProductSpeech.price(query.minPrice(), currency, locale)));
    }
    if (query.color() != null) {
      parts.add(conversation.text("query.color", "color", colorWord(query.color(), locale)));
    }
    if (query.brand() != null) {
      parts.add(conversation.text("query.brand", "brand", query.brand()));
    }
    return String.join(" ", parts);
  }

  /**
   * A colour as it is written after "in": lower case in English ("in pink", whatever the feed says),
   * a capitalised noun in German ("in Türkis", also when the shopper's word is not in the feed).
   */
  private static String colorWord(String color, Locale locale) {
    String lower = color.toLowerCase(locale);
    return locale.getLanguage().equals("de") ? lower.substring(0, 1).toUpperCase(locale) + lower.substring(1) : lower;
  }
}
