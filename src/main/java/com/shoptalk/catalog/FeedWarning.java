package com.shoptalk.catalog;

import java.util.Objects;

/**
 * A value of an imported row that was ignored, and why; the rest of the row was imported.
 *
 * @param line    the row's line, as in {@link SkippedRow}
 * @param message what was ignored and why, in English for the merchant
 */
public record FeedWarning(int line, String message) {

  /** Validates the line and message. */
  public FeedWarning {
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more: " + line);
    }
    Objects.requireNonNull(message, "message");
  }
}
