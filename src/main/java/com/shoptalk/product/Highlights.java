package com.shoptalk.product;

import java.util.List;
import java.util.Objects;

/**
 * What is worth saying about a product when the shopper asks for more: its feature statements, or else its
 * description.
 *
 * @param highlights up to {@link ProductQuestions#MAX_HIGHLIGHTS} of the feed's feature statements, in feed order,
 *     without repeats
 * @param description the product's description, for a product without highlights; empty when it has highlights
 */
public record Highlights(List<String> highlights, String description) {
  public Highlights {
    highlights = List.copyOf(Objects.requireNonNull(highlights, "highlights"));
    description = Objects.requireNonNullElse(description, "");
  }
}
