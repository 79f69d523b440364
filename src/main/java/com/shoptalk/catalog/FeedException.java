package com.shoptalk.catalog;

/** Thrown when a product feed cannot be read at all: missing file, unknown format, or no parseable content. */
public final class FeedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, naming the feed
   * @param cause   the underlying error, or {@code null}
   */
  public FeedException(String message, Throwable cause) {
    super(message, cause);
  }
}
