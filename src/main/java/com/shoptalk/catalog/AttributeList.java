package com.shoptalk.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Merchant Center's notation for repeated and structured attributes in text feeds: items separated by commas,
 * sub-attributes by colons ({@code General:Finish:Gold,Care:Cleaning:Hand wash only}); an item or sub-attribute
 * that holds a comma, colon or quote is enclosed in double quotes, its quotes doubled.
 */
public final class AttributeList {

  /** The attributes whose text-feed value is such a list. */
  private static final Set<String> LISTS = Set.of("product_highlight", "product_detail");

  private AttributeList() {
  }

  /** Returns whether a text feed writes the attribute as a comma-separated list. */
  static boolean isList(String attribute) {
    return LISTS.contains(attribute);
  }

  /**
   * Returns the values of a text-feed cell of a list attribute: highlights unquoted, details as items in this
   * notation (for {@link #parts}).
   *
   * @param attribute the attribute name
   * @param cell      the cell's text
   * @return the values, blank ones dropped
   */
  static List<String> values(String attribute, String cell) {
    List<String> values = new ArrayList<>();
    for (String item : split(cell, ',')) {
      String value = attribute.equals("product_detail") ? item.strip() : unquote(item);
      if (!value.isBlank()) {
        values.add(value);
      }
    }
    return values;
  }

  /**
   * Returns the sub-attributes of an item, unquoted: {@code Display:"Size, diagonal":"2.5"""} gives
   * {@code Display}, {@code Size, diagonal}, {@code 2.5"}.
   *
   * @param item one item
   * @return its sub-attributes, stripped
   */
  static List<String> parts(String item) {
    return split(item, ':').stream().map(AttributeList::unquote).toList();
  }

  /**
   * Writes sub-attributes as one item, quoting those that need it.
   *
   * @param parts the sub-attributes
   * @return the item
   */
  public static String item(List<String> parts) {
    return parts.stream().map(AttributeList::quote).collect(Collectors.joining(":"));
  }

  /**
   * Writes items as a list, quoting those that need it.
   *
   * @param items plain values, such as highlights
   * @return the list
   */
  public static String list(List<String> items) {
    return items.stream().map(AttributeList::quote).collect(Collectors.joining(","));
  }

  private static String quote(String value) {
    String v = value.strip();
    return v.indexOf(',') >= 0 || v.indexOf(':') >= 0 || v.indexOf('"') >= 0
        ? '"' + v.replace("\"", "\"\"") + '"'
        : v;
  }

  private static String unquote(String text) {
    String t = text.strip();
    if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
      return t.substring(1, t.length() - 1).replace("\"\"", "\"").strip();
    }
    return t;
  }

  /** Splits at separators outside double quotes, keeping the quotes. */
  private static List<String> split(String text, char separator) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == separator && !quoted) {
        parts.add(part.toString());
        part.setLength(0);
      } else {
        part.append(c);
      }
    }
    parts.add(part.toString());
    return parts;
  }
}
