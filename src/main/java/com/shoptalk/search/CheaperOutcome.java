package com.shoptalk.search;

import com.shoptalk.catalog.Money;
import com.shoptalk.catalog.SearchQuery;
import java.util.Objects;
import java.util.Optional;

/**
 * "Cheaper ones": the same search below a reference price.
 *
 * @param than the reference price (the product in focus, or the cheapest one just heard)
 * @param query the search the shopper had
 * @param found the cheaper products; empty when there are none (the shopper keeps what they had)
 */
public record CheaperOutcome(Money than, SearchQuery query, Optional<SearchOutcome.Found> found) {
  public CheaperOutcome {
    Objects.requireNonNull(than, "than");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(found, "found");
  }
}
