package com.shoptalk.insights;

import java.util.List;
import java.util.Objects;

/**
 * The merchant's report: one row per product with events in the period.
 *
 * @param period the days covered
 * @param rows the products, by title
 * @param truncated whether the period had more product days than a report reads (the rows then
 *     cover only part of it; a shorter period reads all)
 */
public record InsightReport(ReportPeriod period, List<ProductRow> rows, boolean truncated) {
  public InsightReport {
    Objects.requireNonNull(period, "period");
    rows = List.copyOf(rows);
  }
}
