package com.shoptalk.catalog;

import java.util.Objects;

/**
 * A shopper's review of a product.
 *
 * @param rating the star rating, 1 to 5
 * @param title  the headline, may be empty
 * @param text   the review text, may be empty
 * @param author the reviewer's display name, may be empty
 */
public record Review(int rating, String title, String text, String author) {

  /** Validates the rating and replaces missing texts with empty ones. */
  public Review {
    if (rating < 1 || rating > 5) {
      throw new IllegalArgumentException("rating must be 1 to 5: " + rating);
    }
    title = Objects.requireNonNullElse(title, "");
    text = Objects.requireNonNullElse(text, "");
    author = Objects.requireNonNullElse(author, "");
  }
}
