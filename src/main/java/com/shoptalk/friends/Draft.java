package com.shoptalk.friends;

import com.shoptalk.catalog.Product;
import com.shoptalk.question.QuestionKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A question read back to the shopper for a yes, before it is created.
 *
 * @param kind what friends are asked
 * @param products the products asked about (none for ideas)
 * @param topic what ideas are wanted (ideas only), else {@code null}
 * @param closesAt the shopper's deadline; empty for the default of three days
 * @param saidDeadlinePassed whether the shopper said a deadline that has already passed (so three days it is)
 */
public record Draft(QuestionKind kind, List<Product> products, String topic, Optional<Instant> closesAt,
    boolean saidDeadlinePassed) {
  public Draft {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(closesAt, "closesAt");
    products = List.copyOf(products);
  }

  public List<String> productIds() {
    return products.stream().map(Product::id).toList();
  }

  public List<String> names() {
    return products.stream().map(Product::spokenName).toList();
  }
}
