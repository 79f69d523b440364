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
 * @param notCarried    the kind of product asked for that the shop does not carry, named as a shopper would in a
 *                      sentence ("chandeliers", "outdoor chairs"), or {@code null}; the products are then empty
 * @param related       categories of the catalog, as the feed names them, worth offering instead: the closest to a
 *                      kind not carried, the ones a room or gift answer drew from, or the main ones when nothing
 *                      was found; may be empty
 * @param gift          whether the shopper asked for a gift; without a kind of product the products are then the
 *                      best gift ideas within the query's price limits
 * @param topic         the room or department asked for as spoken ("kitchen", "Schlafzimmer"), the products then
 *                      being a selection from it; or {@code null}
 */
public record SearchResult(SearchQuery query, List<Product> products, String suggestion,
    SearchQuery broadenedFrom, String notCarried, List<String> related, boolean gift, String topic) {

  /** Validates the query and copies the lists. */
  public SearchResult {
    Objects.requireNonNull(query, "query");
    products = List.copyOf(products);
    suggestion = suggestion == null || suggestion.isBlank() ? null : suggestion;
    notCarried = notCarried == null || notCarried.isBlank() ? null : notCarried;
    related = related == null ? List.of() : List.copyOf(related);
    topic = topic == null || topic.isBlank() ? null : topic;
  }

  /**
   * Creates a result of products matching the words, without a room, gift or kind not carried.
   *
   * @param query         the query that produced the products
   * @param products      the products, best first
   * @param suggestion    a did-you-mean correction, or {@code null}
   * @param broadenedFrom the original query when {@code query} is a broader one, or {@code null}
   */
  public SearchResult(SearchQuery query, List<Product> products, String suggestion, SearchQuery broadenedFrom) {
    this(query, products, suggestion, broadenedFrom, null, List.of(), false, null);
  }

  /** Tells whether no product was found. */
  public boolean isEmpty() {
    return products.isEmpty();
  }

  /** Tells whether the products come from a broader query than the one asked. */
  public boolean isBroadened() {
    return broadenedFrom != null;
  }

  /** Tells whether the shop does not carry the kind of product asked for. */
  public boolean isNotCarried() {
    return notCarried != null;
  }

  /** Returns a copy that also says the shopper asked for a gift. */
  SearchResult asGift() {
    return new SearchResult(query, products, suggestion, broadenedFrom, notCarried, related, true, topic);
  }

  /** Returns a copy with a did-you-mean correction. */
  SearchResult withSuggestion(String newSuggestion) {
    return new SearchResult(query, products, newSuggestion, broadenedFrom, notCarried, related, gift, topic);
  }

  /** Returns a copy that says it answers a broader query than {@code original}. */
  SearchResult broadenedFrom(SearchQuery original) {
    return new SearchResult(query, products, suggestion, original, notCarried, related, gift, topic);
  }
}
