package com.shoptalk.catalog;

import java.util.List;

/**
 * The outcome of reading a product feed: the products, the rows that were skipped, and the values that were
 * ignored in imported rows.
 *
 * @param products the imported products, variants grouped, in feed order
 * @param skipped  the skipped rows, in feed order
 * @param warnings the ignored values of imported rows, in feed order, then the ignored reviews of a reviews
 *                 feed (their message names that file)
 */
public record ImportReport(List<Product> products, List<SkippedRow> skipped, List<FeedWarning> warnings) {

  /** Copies the lists. */
  public ImportReport {
    products = List.copyOf(products);
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
  }

  /**
   * Creates a report without warnings.
   *
   * @param products the imported products
   * @param skipped  the skipped rows
   */
  public ImportReport(List<Product> products, List<SkippedRow> skipped) {
    this(products, skipped, List.of());
  }
}
