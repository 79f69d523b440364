package com.shoptalk.alexa;

import com.amazon.ask.model.Response;
import com.amazon.ask.response.ResponseBuilder;
import com.shoptalk.catalog.Catalog;
import com.shoptalk.catalog.Catalogs;
import com.shoptalk.catalog.Product;
import com.shoptalk.catalog.SearchQuery;
import com.shoptalk.catalog.SearchResult;
import com.shoptalk.user.UserProfile;
import com.shoptalk.user.UserRepository;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The search conversation's shared moves: run a search and read its results, read any listing
 * page by page, pick a product by number and describe it. Intent handlers stay thin and call these.
 */
public final class Shopping implements ListingReader {
  /** Pending action name: the shopper may accept a spelling suggestion. */
  public static final String SUGGESTION = "suggestion";
  private static final String SUGGESTED = "suggestedQuery";

  private final Catalogs catalogs;
  private final UserRepository users;
  private final Map<String, ListingReader> readers = new java.util.concurrent.ConcurrentHashMap<>();

  public Shopping(Catalogs catalogs, UserRepository users) {
    this.catalogs = catalogs;
    this.users = users;
    readers.put(source(), this);
  }

  /** Lets "more" and "go back" page through another kind of listing (a wish list, say). */
  public void addReader(ListingReader reader) {
    readers.put(reader.source(), reader);
  }

  /** The catalog of the conversation's locale. */
  public Catalog catalog(Conversation conversation) {
    return catalogs.forLocale(conversation.messages().locale());
  }

  /** Searches for what the shopper said, reads the first results and remembers the search. */
  public Optional<Response> search(Conversation conversation, String spoken) {
    return search(conversation, catalog(conversation).parse(spoken));
  }

  /** Runs a search and reads the first results (or helps when nothing matched). */
  public Optional<Response> search(Conversation conversation, SearchQuery query) {
    return search(conversation, query, null);
  }

  /**
   * Runs a search and reads the first results with a given introduction ({@code intro} receives the
   * number of results; null for the usual "I found …").
   */
  public Optional<Response> search(Conversation conversation, SearchQuery query, java.util.function.IntFunction<String> intro) {
    Catalog catalog = catalog(conversation);
    SearchResult result = catalog.search(query);
    if (result.isEmpty()) {
      // Not remembered: "last time you looked at xqzzy" would welcome the shopper back to nothing.
      return nothingFound(conversation, query, result);
    }
    // Found by sound or despite a typo: speak of what was found ("lounge chair", not "lunch chair").
    SearchQuery understood = result.suggestion() != null && !result.isBroadened()
        ? result.query().withText(result.suggestion()) : result.query();
    remember(conversation, understood);
    Listing listing = Listing.ofSearch(understood, result.products().stream().map(Product::id).toList());
    listing.save(conversation);
    String heading;
    if (intro != null) {
      heading = intro.apply(listing.size());
    } else if (result.isBroadened()) {
      heading = conversation.ssml(listing.size() == 1 ? "search.broadened.one" : "search.broadened",
          "query", describe(conversation, result.broadenedFrom()), "count", listing.size(),
          "broader", describe(conversation, result.query()));
    } else if (listing.size() == 1) {
      heading = conversation.ssml("search.found.one", "query", describe(conversation, understood));
    } else {
      heading = conversation.ssml("search.found.many", "count", listing.size(), "query", describe(conversation, understood));
    }
    return readPage(conversation, listing, heading);
  }

  private Optional<Response> nothingFound(Conversation conversation, SearchQuery query, SearchResult result) {
    String said = describe(conversation, query);
    if (result.suggestion() != null && !result.suggestion().equalsIgnoreCase(query.text())) {
      conversation.pending(SUGGESTION);
      conversation.session().put(SUGGESTED, result.suggestion());
      String speech = conversation.ssml("search.none.suggest", "query", said, "suggestion", result.suggestion());
      return conversation.ask(speech, conversation.ssml("search.none.suggest.reprompt", "suggestion", result.suggestion())).build();
    }
    return conversation.ask(conversation.ssml("search.none", "query", said), conversation.ssml("search.ask")).build();
  }

  /** The search the shopper agreed to with "yes" after a spelling suggestion. */
  public Optional<String> suggestedQuery(Conversation conversation) {
    return Optional.ofNullable(conversation.session().remove(SUGGESTED)).map(Object::toString);
  }

  private void remember(Conversation conversation, SearchQuery query) {
    if (query.text().isBlank()) {
      return;
    }
    UserProfile profile = users.find(conversation.userId()).orElse(UserProfile.newUser(conversation.userId()));
    users.save(profile.withLastSearch(query.text()));
  }

  /** A query in words: "lounge chair under $200 in blue". */
  public String describe(Conversation conversation, SearchQuery query) {
    Locale locale = conversation.messages().locale();
    var parts = new ArrayList<String>();
    parts.add(query.text().isBlank() ? conversation.text("query.anything") : query.text());
    var currency = catalog(conversation).currency();
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

  /** Reads the page at the listing's offset with whichever reader knows its source. */
  public Optional<Response> read(Conversation conversation, Listing listing, String intro) {
    ListingReader reader = readers.get(listing.source());
    return reader == null
        ? conversation.askWithDefaultReprompt(conversation.ssml("select.nothingListed"))
        : reader.readPage(conversation, listing, intro);
  }

  @Override
  public String source() {
    return Listing.SEARCH;
  }

  @Override
  public Optional<Response> readPage(Conversation conversation, Listing listing, String intro) {
    listing.save(conversation);
    Catalog catalog = catalog(conversation);
    var speech = new StringBuilder(intro);
    var shown = new ArrayList<Screens.Numbered>();
    for (String id : listing.page()) {
      Optional<Product> product = catalog.byId(id);
      if (product.isEmpty()) {
        continue;
      }
      int number = listing.numberOf(id);
      shown.add(new Screens.Numbered(number, product.get()));
      speech.append(' ').append(conversation.ssml("search.item",
          "number", number, "name", product.get().spokenName(), "price", ProductSpeech.priceOf(product.get(), conversation)));
    }
    if (listing.size() == 1) {
      speech.append(' ').append(conversation.ssml("product.hint"));
    } else {
      speech.append(' ').append(conversation.ssml(listing.hasMore() ? "search.hint.more" : "search.hint.end"));
    }
    ResponseBuilder response = conversation.ask(speech.toString(),
        conversation.ssml(listing.hasMore() ? "search.reprompt.more" : "search.reprompt.end"));
    String title = listing.query() == null ? conversation.text("search.card.title.plain")
        : conversation.text("search.card.title", "query", describe(conversation, listing.query()));
    return Screens.list(response, conversation, title, shown).build();
  }

  /** The product in focus: the one chosen last, or the only one heard. */
  public Optional<Product> focus(Conversation conversation) {
    return Listing.of(conversation)
        .map(Listing::focusId)
        .flatMap(id -> catalog(conversation).byId(id));
  }

  /**
   * The product a request means: a number or ordinal slot when given ("the second one"), else the
   * one in focus.
   */
  public Optional<Product> chosen(Conversation conversation) {
    Optional<Listing> listing = Listing.of(conversation);
    Optional<Integer> position = position(conversation);
    if (position.isPresent() && listing.isPresent()) {
      // "The second one" counts within the page just heard; "number two" is the product read out as 2.
      Optional<String> id = conversation.slot("ordinal").isPresent()
          ? listing.get().at(position.get()) : listing.get().numbered(position.get());
      id.ifPresent(found -> listing.get().withFocus(found).save(conversation));
      return id.flatMap(found -> catalog(conversation).byId(found));
    }
    return focus(conversation);
  }

  /** The spoken position of an ordinal or number slot; -1 for "the last one". */
  public static Optional<Integer> position(Conversation conversation) {
    Optional<String> ordinal = conversation.slot("ordinal");
    if (ordinal.isPresent() && ordinal.get().equalsIgnoreCase("last")) {
      return Optional.of(-1);
    }
    return conversation.numberSlot("ordinal").or(() -> conversation.numberSlot("number"));
  }

  /** "There's no number 5 here", with the numbers that exist. */
  public static String outOfRange(Conversation conversation, int number, int count) {
    return count == 1
        ? conversation.ssml("select.outOfRange.one", "number", number)
        : conversation.ssml("select.outOfRange", "number", number, "count", count);
  }

  /** What to say when a request needs a product but none is chosen. */
  public Optional<Response> noProductChosen(Conversation conversation) {
    Optional<Listing> listing = Listing.of(conversation);
    if (listing.isEmpty() || listing.get().size() == 0) {
      return conversation.ask(conversation.ssml("select.nothingListed"), conversation.ssml("search.ask")).build();
    }
    Optional<Integer> position = position(conversation);
    if (position.isPresent()) {
      return conversation.askWithDefaultReprompt(
          Shopping.outOfRange(conversation, position.get(), listing.get().size()));
    }
    return conversation.askWithDefaultReprompt(conversation.ssml("select.which"));
  }

  /** Describes a chosen product briefly: number, name, price, one sentence, what to say next. */
  public Optional<Response> present(Conversation conversation, Product product) {
    int number = Listing.of(conversation).map(l -> l.numberOf(product.id())).orElse(0);
    String speech = conversation.ssml(number > 0 ? "product.summary" : "product.summary.unnumbered",
        "number", number, "name", product.spokenName(), "price", ProductSpeech.priceOf(product, conversation),
        "sentence", ProductSpeech.firstSentence(product.description(), 160))
        + " " + conversation.ssml("product.hint");
    return Screens.product(conversation.ask(speech, conversation.ssml("product.reprompt")), conversation, product).build();
  }
}
