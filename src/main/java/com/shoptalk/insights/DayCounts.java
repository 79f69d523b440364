package com.shoptalk.insights;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The raw counters of one product on one day, as stored. Never shown as they are: the report
 * hides small numbers ({@link ShownCount}).
 *
 * @param key the product and day
 * @param title the product's title as the latest event named it, or {@code null}
 * @param counts the counters that were raised; missing counters are zero
 */
public record DayCounts(ProductDay key, String title, Map<Counter, Long> counts) {
  public DayCounts {
    Objects.requireNonNull(key, "key");
    counts = counts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(counts));
  }

  /** One counter's value, zero when it was never raised. */
  public long get(Counter counter) {
    return counts.getOrDefault(counter, 0L);
  }
}
