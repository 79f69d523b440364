package com.shoptalk.catalog;

import java.util.Locale;
import java.util.Map;

/**
 * One item of a feed before validation: its attributes by lower-case Merchant Center name.
 *
 * @param line       where the item starts, for reporting (physical line, or ordinal where lines are unknown)
 * @param attributes the attribute values, keys lower-case
 */
record FeedRow(int line, Map<String, String> attributes) {

  FeedRow {
    attributes = Map.copyOf(attributes);
  }

  /** Returns the stripped value of an attribute, or an empty string. */
  String get(String name) {
    String value = attributes.get(name.toLowerCase(Locale.ROOT));
    return value == null ? "" : value.strip();
  }
}
