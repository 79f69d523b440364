package com.shoptalk.alexa;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shoptalk.catalog.SearchQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the shopper is looking at, kept in the session: the numbered products of a search or a wish
 * list, how far they have heard, and the product in focus ("it", "this").
 *
 * @param source {@link #SEARCH} or {@link #WISH_LIST}
 * @param listKey the wish list's key when the source is a wish list, else {@code null}
 * @param productIds the products, in the order they are numbered
 * @param offset index of the first product of the page last read
 * @param focusId the product in focus, or {@code null}
 * @param query the search when the source is a search, else {@code null}
 * @param previousFocusId the product in focus before {@code focusId}, or {@code null} ("compare them" after two were
 *     chosen one after the other)
 */
public record Listing(String source, String listKey, List<String> productIds, int offset, String focusId, SearchQuery query,
    String previousFocusId) {
  public static final String SEARCH = "search";
  public static final String WISH_LIST = "wishlist";
  /** How many products are read at a time. */
  public static final int PAGE = 3;
  private static final String ATTRIBUTE = "listing";
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  public Listing {
    productIds = List.copyOf(productIds == null ? List.of() : productIds);
    offset = Math.max(0, Math.min(offset, Math.max(0, productIds.size() - 1)));
  }

  /** A fresh search result, read from the top. */
  public static Listing ofSearch(SearchQuery query, List<String> productIds) {
    return new Listing(SEARCH, null, productIds, 0, productIds.size() == 1 ? productIds.get(0) : null, query, null);
  }

  /** A wish list, read from the top. */
  public static Listing ofWishList(String listKey, List<String> productIds) {
    return new Listing(WISH_LIST, listKey, productIds, 0, productIds.size() == 1 ? productIds.get(0) : null, null, null);
  }

  /** The listing kept in this conversation's session, if any. */
  public static Optional<Listing> of(Conversation conversation) {
    Object stored = conversation.session().get(ATTRIBUTE);
    if (stored == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.convertValue(stored, Listing.class));
    } catch (IllegalArgumentException unreadable) {
      // an old or tampered session attribute: start afresh rather than fail
      return Optional.empty();
    }
  }

  /** Keeps this listing in the session. */
  public void save(Conversation conversation) {
    conversation.session().put(ATTRIBUTE, JSON.convertValue(this, Map.class));
  }

  public boolean isSearch() {
    return SEARCH.equals(source);
  }

  public int size() {
    return productIds.size();
  }

  /** The product ids of the page that starts at {@link #offset}. */
  public List<String> page() {
    return productIds.subList(offset, Math.min(productIds.size(), offset + PAGE));
  }

  public boolean hasMore() {
    return offset + PAGE < productIds.size();
  }

  public Listing atOffset(int newOffset) {
    return new Listing(source, listKey, productIds, newOffset, focusId, query, previousFocusId);
  }

  /** This listing with another product in focus; the one in focus until now becomes the previous focus. */
  public Listing withFocus(String productId) {
    String previous = productId == null || productId.equals(focusId) ? previousFocusId : focusId;
    return new Listing(source, listKey, productIds, offset, productId, query, previous);
  }

  /** The same products in another order ("sort by price"), read from the top; the focus stays. */
  public Listing reordered(List<String> newOrder) {
    return new Listing(source, listKey, newOrder, 0, focusId, query, previousFocusId);
  }

  /**
   * The product at a spoken ordinal ("the second one"): 1-based, counted over the whole listing (as read: "four"
   * after "more"); -1 means the last one. Positions 1 to 3 also count within the current page when
   * the shopper has paged on ("the second one" after "more" is the second one just heard).
   */
  public Optional<String> at(int position) {
    if (position == -1 && !productIds.isEmpty()) {
      return Optional.of(productIds.get(productIds.size() - 1));
    }
    if (position < 1) {
      return Optional.empty();
    }
    if (offset > 0 && position <= PAGE && offset + position - 1 < productIds.size()) {
      return Optional.of(productIds.get(offset + position - 1));
    }
    return position <= productIds.size() ? Optional.of(productIds.get(position - 1)) : Optional.empty();
  }

  /** The product read out with a number ("number two" is 2 wherever the shopper has paged to). */
  public Optional<String> numbered(int number) {
    return number >= 1 && number <= productIds.size() ? Optional.of(productIds.get(number - 1)) : Optional.empty();
  }

  /** The 1-based number a product is read out with. */
  public int numberOf(String productId) {
    return productIds.indexOf(productId) + 1;
  }
}
