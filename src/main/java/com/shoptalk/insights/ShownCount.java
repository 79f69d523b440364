package com.shoptalk.insights;

/**
 * A number as the merchant may see it: counts below {@value #THRESHOLD} (zero included) are
 * hidden and shown as "fewer than 3", so that no report reveals what one or two people did. A
 * hidden count does not carry its value, so nothing that renders it can leak it.
 *
 * @param value the count, or {@code null} when it is hidden
 */
public record ShownCount(Long value) {
  /** The smallest count that is shown. */
  public static final int THRESHOLD = 3;

  public ShownCount {
    if (value != null && value < THRESHOLD) {
      throw new IllegalArgumentException("a count below " + THRESHOLD + " must be hidden, got " + value);
    }
  }

  /** The count as the merchant may see it. */
  public static ShownCount of(long raw) {
    return new ShownCount(raw < THRESHOLD ? null : raw);
  }

  public boolean hidden() {
    return value == null;
  }

  /** The value for sorting and bar lengths: 0 when hidden. */
  public long orZero() {
    return value == null ? 0 : value;
  }
}
