package com.shoptalk.alexa;

import com.amazon.ask.model.Response;
import com.shoptalk.catalog.Product;
import com.shoptalk.product.Comparisons;
import com.shoptalk.product.Superlative;
import com.shoptalk.search.SearchService;
import java.util.List;
import java.util.Optional;

/**
 * Which product a request means: "the second one", "number three", or else the one in focus ("it",
 * "this one"). Choosing by position puts that product in focus for the next turn.
 */
public final class Selection {
  private final SearchService searches;
  private final Comparisons comparisons;

  public Selection(SearchService searches, Comparisons comparisons) {
    this.searches = searches;
    this.comparisons = comparisons;
  }

  /**
   * The product a request means: by the ordinal or number slot when given, else by the name said
   * ("the vanilla candle") among the products listed, or by a superlative ("the cheapest one"), else the one in focus. A name that fits several
   * listed products, none of them in focus, means none: the shopper hears "which one?".
   */
  public Optional<Product> chosen(Conversation conversation) {
    Optional<Listing> listing = Listing.of(conversation);
    Optional<Superlative> superlative = conversation.resolvedSlot("superlative").flatMap(Superlative::of);
    if (superlative.isPresent() && listing.isPresent()) {
      // "buy the cheapest one"
      Optional<Product> best = comparisons.best(conversation.locale(), listing.get().productIds(), superlative.get());
      best.ifPresent(product -> listing.get().withFocus(product.id()).save(conversation));
      return best;
    }
    // "what does that thing cost": a name that only points means the one in focus
    Optional<String> name = conversation.slot("itemName").filter(said -> !SpokenName.pointsOnly(said, conversation.locale()));
    if (position(conversation).isEmpty() && name.isPresent() && listing.isPresent()) {
      List<Product> named = SpokenName.matches(name.get(), searches.products(conversation.locale(), listing.get().productIds()),
          conversation.locale());
      Optional<Product> inFocus = named.stream().filter(p -> p.id().equals(listing.get().focusId())).findFirst();
      if (named.size() == 1 || inFocus.isPresent()) {
        Product product = inFocus.orElse(named.get(0));
        listing.get().withFocus(product.id()).save(conversation);
        return Optional.of(product);
      }
      if (named.size() > 1 || !conversation.isResolved("itemName")) {
        // several fit, or words that name nothing listed (and are no product word): not the one in focus
        return Optional.empty();
      }
    }
    return chosenId(conversation).flatMap(id -> searches.product(conversation.locale(), id));
  }

  /** The product in focus: the one chosen last, or the only one heard. */
  public Optional<Product> focus(Conversation conversation) {
    return focusId(conversation).flatMap(id -> searches.product(conversation.locale(), id));
  }

  /** The id of the product a request means (see {@link #chosen}); a position puts it in focus. */
  public static Optional<String> chosenId(Conversation conversation) {
    Optional<Listing> listing = Listing.of(conversation);
    Optional<Integer> position = position(conversation);
    if (position.isPresent() && listing.isPresent()) {
      // "The second one" counts within the page just heard; "number two" is the product read out as 2.
      Optional<String> id = conversation.slot("ordinal").isPresent() || ordinalInName(conversation).isPresent()
          ? listing.get().at(position.get()) : listing.get().numbered(position.get());
      id.ifPresent(found -> listing.get().withFocus(found).save(conversation));
      return id;
    }
    return focusId(conversation);
  }

  /** The id of the product in focus. */
  public static Optional<String> focusId(Conversation conversation) {
    return Listing.of(conversation).map(Listing::focusId);
  }

  /** The spoken position of an ordinal or number slot, or of a name that only says a position; -1 for "the last one". */
  public static Optional<Integer> position(Conversation conversation) {
    Optional<String> ordinal = conversation.slot("ordinal");
    if (ordinal.isPresent() && ordinal.get().equalsIgnoreCase("last")) {
      return Optional.of(-1);
    }
    return conversation.numberSlot("ordinal").or(() -> conversation.numberSlot("number"))
        .or(() -> ordinalInName(conversation));
  }

  /** A position heard as the product's name ("how much is the first one" with "first one" as the name). */
  private static Optional<Integer> ordinalInName(Conversation conversation) {
    if (conversation.slot("ordinal").isPresent() || conversation.slot("number").isPresent()) {
      return Optional.empty();
    }
    return conversation.slot("itemName").flatMap(said -> SpokenOrdinal.of(said, conversation.locale()));
  }

  /** "There's no number 5 here", with the numbers that exist. */
  public static String outOfRange(Conversation conversation, int number, int count) {
    return count == 1
        ? conversation.ssml("select.outOfRange.one", "number", number)
        : conversation.ssml("select.outOfRange", "number", number, "count", count);
  }

  /** What to say when a request needs a product but none is chosen. */
  public static Optional<Response> noProductChosen(Conversation conversation) {
    Optional<Listing> listing = Listing.of(conversation);
    if (listing.isEmpty() || listing.get().size() == 0) {
      return conversation.ask(conversation.ssml("select.nothingListed"), conversation.ssml("search.ask")).build();
    }
    Optional<Integer> position = position(conversation);
    if (position.isPresent()) {
      return conversation.askWithDefaultReprompt(outOfRange(conversation, position.get(), listing.get().size()));
    }
    PendingChoice.ask(conversation);
    return conversation.askWithDefaultReprompt(conversation.ssml("select.which"));
  }
}
