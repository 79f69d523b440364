package com.shoptalk.catalog;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A product's measurements as the feed gives them in {@code product_length}, {@code product_width},
 * {@code product_height} and {@code product_weight}; each may be missing.
 *
 * @param length the length, or {@code null}
 * @param width  the width, or {@code null}
 * @param height the height, or {@code null}
 * @param weight the weight, or {@code null}
 */
public record Dimensions(Measure length, Measure width, Measure height, Measure weight) {

  /** No measurements. */
  public static final Dimensions NONE = new Dimensions(null, null, null, null);

  /** Checks that lengths are lengths and the weight a weight. */
  public Dimensions {
    for (Measure m : new Measure[] {length, width, height}) {
      if (m != null && !m.isLength()) {
        throw new IllegalArgumentException("not a length: " + m);
      }
    }
    if (weight != null && weight.isLength()) {
      throw new IllegalArgumentException("not a weight: " + weight);
    }
  }

  /** Returns whether the feed gave no measurement at all. */
  public boolean isEmpty() {
    return length == null && width == null && height == null && weight == null;
  }

  /** Returns the length, if the feed has it. */
  public Optional<Measure> lengthIfKnown() {
    return Optional.ofNullable(length);
  }

  /** Returns the width, if the feed has it. */
  public Optional<Measure> widthIfKnown() {
    return Optional.ofNullable(width);
  }

  /** Returns the height, if the feed has it. */
  public Optional<Measure> heightIfKnown() {
    return Optional.ofNullable(height);
  }

  /** Returns the weight, if the feed has it. */
  public Optional<Measure> weightIfKnown() {
    return Optional.ofNullable(weight);
  }

  /**
   * One measurement: a positive number and its unit.
   *
   * @param value the number, more than zero
   * @param unit  {@code cm}, {@code mm}, {@code m}, {@code in} or {@code ft} for lengths; {@code g}, {@code kg},
   *              {@code lb} or {@code oz} for weights
   */
  public record Measure(BigDecimal value, String unit) {

    private static final Set<String> LENGTHS = Set.of("cm", "mm", "m", "in", "ft");
    private static final Set<String> WEIGHTS = Set.of("g", "kg", "lb", "oz");

    /** Validates the value and unit. */
    public Measure {
      Objects.requireNonNull(value, "value");
      if (value.signum() <= 0) {
        throw new IllegalArgumentException("a measurement must be more than zero: " + value);
      }
      if (!LENGTHS.contains(unit) && !WEIGHTS.contains(unit)) {
        throw new IllegalArgumentException("unknown unit '" + unit + "' (cm, mm, m, in, ft, g, kg, lb, oz)");
      }
      value = value.stripTrailingZeros();
      if (value.scale() < 0) {
        value = value.setScale(0);
      }
    }

    /** Returns whether this is a length (else a weight). */
    public boolean isLength() {
      return LENGTHS.contains(unit);
    }

    @Override
    public String toString() {
      return value.toPlainString() + " " + unit;
    }
  }
}
