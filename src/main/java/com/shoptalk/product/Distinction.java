package com.shoptalk.product;

import com.shoptalk.catalog.Product;
import java.util.List;
import java.util.Objects;

/**
 * The one fact that sets a product apart from the others it is compared with.
 *
 * @param product the product it is true of
 * @param kind what sort of fact it is
 * @param values the fact: the materials only it is made of, its finish, or one feature statement
 */
public record Distinction(Product product, Kind kind, List<String> values) {
  /** What sort of fact a distinction is, in the order they are preferred. */
  public enum Kind {
    /** Made of something the others are not. */
    MATERIAL,
    /** A feature statement the others do not have. */
    HIGHLIGHT,
    /** A finish the others do not have. */
    FINISH
  }

  public Distinction {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(kind, "kind");
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a distinction needs a fact");
    }
  }
}
