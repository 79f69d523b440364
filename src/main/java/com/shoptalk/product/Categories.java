package com.shoptalk.product;

import com.shoptalk.catalog.Catalogs;
import com.shoptalk.catalog.Product;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The shop's main categories for "what do you sell": the feed's product types, the ones with the most products
 * first. A product's category is the last level of its type ("Chairs" of "Furniture > Chairs"), the level a search
 * finds, so each category named can be searched for as it is said.
 */
public final class Categories {
  /** How many categories are named at once. */
  public static final int MAX = 5;

  private final Catalogs catalogs;
  private final Map<Locale, List<String>> main = new ConcurrentHashMap<>();

  public Categories(Catalogs catalogs) {
    this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
  }

  /**
   * Up to {@value #MAX} categories of the shopper's catalog, in its language, most products first (equal counts in
   * the catalog's order); empty when the feed has no product types.
   */
  public List<String> main(Locale locale) {
    return main.computeIfAbsent(catalogs.forLocale(locale).locale(), l -> largest(catalogs.forLocale(l).products()));
  }

  static List<String> largest(List<Product> products) {
    Map<String, Long> counts = products.stream().map(Product::category).filter(c -> !c.isBlank())
        .collect(Collectors.groupingBy(c -> c, LinkedHashMap::new, Collectors.counting()));
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .limit(MAX).map(Map.Entry::getKey).toList();
  }
}
