package com.shoptalk.insights;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One product's line of the report: its counters over the report's period, small numbers hidden,
 * and the comments friends shared about it.
 *
 * @param locale the catalog's locale tag
 * @param productId the catalog id
 * @param title the product's title (its id when no event named it)
 * @param counts every counter, as the merchant may see it
 * @param comments shared comments, newest first
 */
public record ProductRow(String locale, String productId, String title, Map<Counter, ShownCount> counts, List<CommentLine> comments) {
  public ProductRow {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(title, "title");
    counts = Map.copyOf(new EnumMap<>(counts));
    if (counts.size() != Counter.values().length) {
      throw new IllegalArgumentException("a row shows every counter");
    }
    comments = List.copyOf(comments);
  }

  public ShownCount get(Counter counter) {
    return counts.get(counter);
  }

  /** The sum of the shown values of some counters, for ranking (hidden ones count as zero). */
  public long rank(Counter... counters) {
    long sum = 0;
    for (Counter counter : counters) {
      sum += counts.get(counter).orZero();
    }
    return sum;
  }
}
