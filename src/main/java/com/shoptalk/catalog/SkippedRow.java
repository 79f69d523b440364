package com.shoptalk.catalog;

import java.util.Objects;

/**
 * A feed row that was not imported, and why.
 *
 * @param line   the 1-based physical line of a TSV/CSV row, the line of an XML item, or the 1-based ordinal
 *               of a JSON object
 * @param reason why it was skipped, in English for the merchant
 */
public record SkippedRow(int line, String reason) {

  /** Validates the line and reason. */
  public SkippedRow {
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more: " + line);
    }
    Objects.requireNonNull(reason, "reason");
  }
}
