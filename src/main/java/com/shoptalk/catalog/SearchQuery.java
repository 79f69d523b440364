package com.shoptalk.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a shopper searches for: words plus optional constraints.
 *
 * @param text     the search words, may be empty when only constraints are given
 * @param minPrice the lowest effective price, or {@code null}
 * @param maxPrice the highest effective price, or {@code null}
 * @param color    a colour the product must come in, or {@code null}
 * @param brand    the brand the product must have, or {@code null}
 * @param sort     the result order
 */
public record SearchQuery(String text, BigDecimal minPrice, BigDecimal maxPrice, String color, String brand,
    Sort sort) {

  /** Normalizes blanks to {@code null}, the text to a stripped string and validates the price range. */
  public SearchQuery {
    text = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    color = blankToNull(color);
    brand = blankToNull(brand);
    sort = Objects.requireNonNullElse(sort, Sort.RELEVANCE);
    if (minPrice != null && minPrice.signum() < 0 || maxPrice != null && maxPrice.signum() < 0) {
      throw new IllegalArgumentException("prices must not be negative");
    }
  }

  /**
   * Creates a query for words only, sorted by relevance.
   *
   * @param text the search words
   * @return the query
   */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, null, null, null, null, Sort.RELEVANCE);
  }

  /** Returns a copy with other search words. */
  public SearchQuery withText(String newText) {
    return new SearchQuery(newText, minPrice, maxPrice, color, brand, sort);
  }

  /** Returns a copy with the highest price, or none for {@code null}. */
  public SearchQuery withMaxPrice(BigDecimal max) {
    return new SearchQuery(text, minPrice, max, color, brand, sort);
  }

  /** Returns a copy with the lowest price, or none for {@code null}. */
  public SearchQuery withMinPrice(BigDecimal min) {
    return new SearchQuery(text, min, maxPrice, color, brand, sort);
  }

  /** Returns a copy restricted to a colour, or to none for {@code null}. */
  public SearchQuery withColor(String newColor) {
    return new SearchQuery(text, minPrice, maxPrice, newColor, brand, sort);
  }

  /** Returns a copy restricted to a brand, or to none for {@code null}. */
  public SearchQuery withBrand(String newBrand) {
    return new SearchQuery(text, minPrice, maxPrice, color, newBrand, sort);
  }

  /** Returns a copy with another order. */
  public SearchQuery withSort(Sort newSort) {
    return new SearchQuery(text, minPrice, maxPrice, color, brand, newSort);
  }

  /** Tells whether any price, colour or brand constraint is set. */
  public boolean hasConstraints() {
    return minPrice != null || maxPrice != null || color != null || brand != null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
