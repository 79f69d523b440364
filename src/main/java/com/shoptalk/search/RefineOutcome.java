package com.shoptalk.search;

import com.shoptalk.catalog.SearchQuery;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * A narrowed search.
 *
 * @param query the narrowed query
 * @param found the products it found; empty when nothing is left (the shopper keeps what they had)
 * @param currency the catalog's currency
 */
public record RefineOutcome(SearchQuery query, Optional<SearchOutcome.Found> found, Currency currency) {
  public RefineOutcome {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(found, "found");
    Objects.requireNonNull(currency, "currency");
  }
}
