package com.shoptalk.search;

import java.math.BigDecimal;

/**
 * How the shopper narrows a search: "only under 200 dollars", "only in blue", "only from Luma".
 * Every part is optional ({@code null}).
 *
 * @param maxPrice the highest price
 * @param minPrice the lowest price
 * @param color a colour as spoken ("schwarzen")
 * @param brand a brand as spoken
 */
public record Refinement(BigDecimal maxPrice, BigDecimal minPrice, String color, String brand) {
  public Refinement {
    color = color == null || color.isBlank() ? null : color.strip();
    brand = brand == null || brand.isBlank() ? null : brand.strip();
    if (maxPrice != null && maxPrice.signum() < 0 || minPrice != null && minPrice.signum() < 0) {
      throw new IllegalArgumentException("prices must not be negative");
    }
  }

  /** Whether the shopper said nothing to narrow by. */
  public boolean isEmpty() {
    return maxPrice == null && minPrice == null && color == null && brand == null;
  }
}
