package com.shoptalk.catalog;

import java.util.List;
import java.util.Objects;

/**
 * The ranked products found for a query, with help for when nothing matched.
 *
 * @param query         the query that produced the products (the broader one when broadened)
 * @param products      the matching products, best first, at most {@link Catalog#MAX_RESULTS}
 * @param suggestion    a did-you-mean correction of the original query's text from the catalog's own
 *                      vocabulary, or {@code null}
 * @param broadenedFrom the original query when it found nothing and {@code query} is a broader one, else
 *                      {@code null}
 */
public record SearchResult(SearchQuery query, List<Product> products, String suggestion,
    SearchQuery broadenedFrom) {

  /** Validates the query and copies the products. */
  public SearchResult {
    Objects.requireNonNull(query, "query");
    products = List.copyOf(products);
    suggestion = suggestion == null || suggestion.isBlank() ? null : suggestion;
  }

  /** Tells whether no product was found. */
  public boolean isEmpty() {
    return products.isEmpty();
  }

  /** Tells whether the products come from a broader query than the one asked. */
  public boolean isBroadened() {
    return broadenedFrom != null;
  }
}
