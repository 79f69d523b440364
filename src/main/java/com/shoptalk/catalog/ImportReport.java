package com.shoptalk.catalog;

import java.util.List;

/**
 * The outcome of reading a product feed: the products and the rows that were skipped.
 *
 * @param products the imported products, variants grouped, in feed order
 * @param skipped  the skipped rows, in feed order
 */
public record ImportReport(List<Product> products, List<SkippedRow> skipped) {

  /** Copies the lists. */
  public ImportReport {
    products = List.copyOf(products);
    skipped = List.copyOf(skipped);
  }
}
