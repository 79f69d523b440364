package com.shoptalk.search;

import com.shoptalk.catalog.Product;
import com.shoptalk.catalog.Review;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * What people say about a product: how many reviewed it, the average rating, and the one review
 * worth quoting.
 *
 * @param product the product
 * @param count how many reviews it has
 * @param averageRating the mean star rating, 0 without reviews
 * @param quote the most helpful single review: the longest of the most typical ratings; empty without reviews
 */
public record ProductReviews(Product product, int count, double averageRating, Optional<Review> quote) {
  public ProductReviews {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(quote, "quote");
  }

  /** The reviews of a product, with the review to quote chosen. */
  public static ProductReviews of(Product product) {
    double average = product.averageRating().orElse(0);
    long typical = Math.round(average);
    Optional<Review> quote = product.reviews().stream()
        .min(Comparator.comparingLong((Review r) -> Math.abs(r.rating() - typical))
            .thenComparing(r -> -r.text().length()));
    return new ProductReviews(product, product.reviews().size(), average, quote);
  }

  public boolean isEmpty() {
    return count == 0;
  }
}
