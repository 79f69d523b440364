package com.shoptalk.catalog;

import java.util.Locale;
import java.util.Map;

/** Whether a product can be bought now, in Merchant Center's {@code availability} values. */
public enum Availability {

  /** {@code in_stock}: can be bought and shipped now. */
  IN_STOCK("in_stock"),
  /** {@code out_of_stock}: cannot be bought now. */
  OUT_OF_STOCK("out_of_stock"),
  /** {@code preorder}: can be ordered before it is released. */
  PREORDER("preorder"),
  /** {@code backorder}: can be ordered, ships when restocked. */
  BACKORDER("backorder"),
  /** The feed says nothing, or something this importer does not know. */
  UNKNOWN("");

  /** Spellings merchants use, by lower-case text with spaces and hyphens as underscores. */
  private static final Map<String, Availability> SPELLINGS = Map.ofEntries(
      Map.entry("in_stock", IN_STOCK),
      Map.entry("instock", IN_STOCK),
      Map.entry("available", IN_STOCK),
      Map.entry("auf_lager", IN_STOCK),
      Map.entry("out_of_stock", OUT_OF_STOCK),
      Map.entry("outofstock", OUT_OF_STOCK),
      Map.entry("sold_out", OUT_OF_STOCK),
      Map.entry("nicht_auf_lager", OUT_OF_STOCK),
      Map.entry("preorder", PREORDER),
      Map.entry("pre_order", PREORDER),
      Map.entry("vorbestellbar", PREORDER),
      Map.entry("backorder", BACKORDER),
      Map.entry("back_order", BACKORDER),
      Map.entry("nachbestellt", BACKORDER));

  private final String value;

  Availability(String value) {
    this.value = value;
  }

  /**
   * Returns the Merchant Center value.
   *
   * @return {@code in_stock}, {@code out_of_stock}, {@code preorder}, {@code backorder}, or empty when unknown
   */
  public String value() {
    return value;
  }

  /**
   * Reads a feed's availability: Merchant Center's values, their spellings with spaces, schema.org's
   * ({@code InStock}), and the German ones Merchant Center accepts ({@code auf Lager}).
   *
   * @param text the feed's value, may be {@code null}
   * @return the availability, {@link #UNKNOWN} for an empty or unknown value
   */
  public static Availability of(String text) {
    if (text == null) {
      return UNKNOWN;
    }
    String key = text.strip().toLowerCase(Locale.ROOT).replaceFirst("^https?://schema\\.org/", "")
        .replaceAll("[\\s-]+", "_");
    return SPELLINGS.getOrDefault(key, UNKNOWN);
  }
}
