package com.shoptalk.search;

import com.shoptalk.catalog.Product;
import com.shoptalk.catalog.SearchQuery;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a search came to: products found, nothing (with a spelling suggestion when there is one), a kind of
 * product the shop does not carry (with the closest categories it has), or a room the shop has nothing for (with
 * its main categories).
 */
public sealed interface SearchOutcome permits SearchOutcome.Found, SearchOutcome.NothingFound,
    SearchOutcome.NotCarried, SearchOutcome.RoomNotFurnished {

  /** The currency of the catalog searched, for putting price limits into words. */
  Currency currency();

  /**
   * The search to offer again at the next visit; empty when nothing was found ("last time you
   * looked at xqzzy" would welcome the shopper back to nothing) or only constraints were given.
   */
  Optional<String> searchToRemember();

  /**
   * Products found.
   *
   * @param query the search as understood: with the catalog's own words when a product was found
   *     by sound or despite a typo ("lounge chair", not "lunch chair"); the broader query when broadened
   * @param products the products, best first
   * @param broadenedFrom the search as asked when it found nothing and {@code query} is broader, else {@code null}
   * @param currency the catalog's currency
   * @param gift whether the shopper asked for a gift: the products are gift ideas
   */
  record Found(SearchQuery query, List<Product> products, SearchQuery broadenedFrom, Currency currency,
      boolean gift) implements SearchOutcome {
    public Found {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(currency, "currency");
      products = List.copyOf(products);
      if (products.isEmpty()) {
        throw new IllegalArgumentException("found nothing");
      }
    }

    public boolean isBroadened() {
      return broadenedFrom != null;
    }

    /**
     * Whether only a colour, brand or price was dropped to find something: the words said were found as said
     * ("purple pillows" finds pillows, none purple).
     */
    public boolean keptTheWords() {
      return broadenedFrom != null && !query.text().isBlank() && query.text().equals(broadenedFrom.text());
    }

    public List<String> productIds() {
      return products.stream().map(Product::id).toList();
    }

    @Override
    public Optional<String> searchToRemember() {
      return query.text().isBlank() ? Optional.empty() : Optional.of(query.text());
    }
  }

  /**
   * The shop does not carry the kind of product asked for ("chandeliers").
   *
   * @param query the search as asked
   * @param kind the kind, as a shopper names it in a sentence ("chandeliers", "Kronleuchter")
   * @param related the catalog's categories closest to it, as the feed names them; may be empty
   * @param currency the catalog's currency
   */
  record NotCarried(SearchQuery query, String kind, List<String> related, Currency currency) implements SearchOutcome {
    public NotCarried {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(currency, "currency");
      related = List.copyOf(related);
    }

    @Override
    public Optional<String> searchToRemember() {
      return Optional.empty();
    }
  }

  /**
   * The shop has nothing for the room or department asked for ("something for my hallway").
   *
   * @param query the search as asked
   * @param room the room as the shopper named it ("hallway", "Flur")
   * @param categories the shop's main categories, as the feed names them; may be empty
   * @param currency the catalog's currency
   */
  record RoomNotFurnished(SearchQuery query, String room, List<String> categories, Currency currency)
      implements SearchOutcome {
    public RoomNotFurnished {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(room, "room");
      Objects.requireNonNull(currency, "currency");
      categories = List.copyOf(categories);
    }

    @Override
    public Optional<String> searchToRemember() {
      return Optional.empty();
    }
  }

  /**
   * Nothing found, not even by a broader search.
   *
   * @param query the search as asked
   * @param suggestion the catalog's own spelling of it, when that differs ("did you mean …?")
   * @param currency the catalog's currency
   */
  record NothingFound(SearchQuery query, Optional<String> suggestion, Currency currency) implements SearchOutcome {
    public NothingFound {
      Objects.requireNonNull(query, "query");
      Objects.requireNonNull(currency, "currency");
      suggestion = suggestion.filter(s -> !s.equalsIgnoreCase(query.text()));
    }

    @Override
    public Optional<String> searchToRemember() {
      return Optional.empty();
    }
  }
}
