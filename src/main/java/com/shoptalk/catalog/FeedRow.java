package com.shoptalk.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One item of a feed before validation: its attribute values by lower-case Merchant Center name.
 *
 * <p>An attribute may have several values (repeated XML elements or columns, JSON arrays, a text feed's
 * comma-separated {@code product_highlight} list); blank values are dropped.
 *
 * @param line       where the item starts, for reporting (physical line, or ordinal where lines are unknown)
 * @param attributes the attribute values, keys lower-case, values stripped and not blank
 */
record FeedRow(int line, Map<String, List<String>> attributes) {

  FeedRow {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    attributes.forEach((name, values) -> {
      List<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
      if (!kept.isEmpty()) {
        copy.put(name.toLowerCase(Locale.ROOT), kept);
      }
    });
    attributes = Map.copyOf(copy);
  }

  /** Returns the first value of an attribute, or an empty string. */
  String get(String name) {
    List<String> values = attributes.get(name.toLowerCase(Locale.ROOT));
    return values == null ? "" : values.get(0);
  }

  /** Returns all values of an attribute, in feed order; empty when it has none. */
  List<String> all(String name) {
    return attributes.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
  }

  /**
   * Returns a feed column or element name as an attribute name: lower case, without a {@code g:} prefix.
   *
   * @param name the name in the feed
   * @return the attribute name
   */
  static String attributeName(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("g:") ? lower.substring(2) : lower;
  }

  /** Collects the values of one item while a reader reads it. */
  static final class Builder {

    private final int line;
    private final Map<String, List<String>> attributes = new LinkedHashMap<>();

    Builder(int line) {
      this.line = line;
    }

    /** Adds a value of an attribute. */
    Builder add(String name, String value) {
      attributes.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      return this;
    }

    /** Returns whether the attribute has a value already. */
    boolean has(String name) {
      return attributes.containsKey(name);
    }

    /** Drops an attribute's values. */
    void remove(String name) {
      attributes.remove(name);
    }

    FeedRow build() {
      return new FeedRow(line, attributes);
    }
  }
}
