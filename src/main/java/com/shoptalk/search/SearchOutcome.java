package com.shoptalk.search;

import com.shoptalk.catalog.Product;
import com.shoptalk.catalog.SearchQuery;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a search came to: products found, or nothing (with a spelling suggestion when there is one). */
public sealed interface SearchOutcome permits SearchOutcome.Found, SearchOutcome.NothingFound {

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
   */
  record Found(SearchQuery query, List<Product> products, SearchQuery broadenedFrom, Currency currency)
      implements SearchOutcome {
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

    public List<String> productIds() {
      return products.stream().map(Product::id).toList();
    }

    @Override
    public Optional<String> searchToRemember() {
      return query.text().isBlank() ? Optional.empty() : Optional.of(query.text());
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
