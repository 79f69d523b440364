package com.shoptalk.product;

import com.shoptalk.catalog.Money;
import com.shoptalk.catalog.Product;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Two or three products side by side: what to say about each (price, colour, rating, in {@link #products()}), and
 * what tells them apart.
 *
 * @param products the products compared, in the order the shopper named them
 * @param cheapest the cheapest one; empty when they all cost the same
 * @param dearest the most expensive one; empty when they all cost the same
 * @param difference how much less the cheapest costs than the most expensive; empty when they all cost the same
 * @param bestRated the one with the best average rating; empty when none or all have the same rating
 * @param distinction the one fact that sets one of them apart; empty when the feed has none
 */
public record Comparison(List<Product> products, Optional<Product> cheapest, Optional<Product> dearest,
    Optional<Money> difference,
    Optional<Product> bestRated, Optional<Distinction> distinction) {

  public Comparison {
    products = List.copyOf(products);
    if (products.size() < 2) {
      throw new IllegalArgumentException("a comparison needs two products");
    }
    Objects.requireNonNull(cheapest, "cheapest");
    Objects.requireNonNull(dearest, "dearest");
    Objects.requireNonNull(difference, "difference");
    Objects.requireNonNull(bestRated, "bestRated");
    Objects.requireNonNull(distinction, "distinction");
  }
}
