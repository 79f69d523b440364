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

/**
 * The shop's main categories for "what do you sell": the feed's product types, the ones with the most products
 * first. A product's category is the last level of its type ("Chairs" of "Furniture > Chairs"), the level a search
 * finds, so each category named can be searched for as it is said.
 */
public final class Categories {
  /** How many categories are named at once. */
  public static final int MAX = 5;

  private final Catalogs catalogs;
  private final Map<Locale, Main> main = new ConcurrentHashMap<>();

  /**
   * The categories to name.
   *
   * @param names up to {@value #MAX} categories, most products first
   * @param more whether the shop has other categories besides these
   */
  public record Main(List<String> names, boolean more) {
    public Main {
      names = List.copyOf(names);
    }
  }

  public Categories(Catalogs catalogs) {
    this.catalogs = Objects.requireNonNull(catalogs, "catalogs");
  }

  /**
   * Up to {@value #MAX} categories of the shopper's catalog, in its language, most products first (equal counts in
   * the catalog's order); none when the feed has no product types.
   */
  public Main main(Locale locale) {
    return main.computeIfAbsent(catalogs.forLocale(locale).locale(), l -> largest(catalogs.forLocale(l).categories()));
  }

  static Main largest(List<Product> products) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    products.stream().map(Product::category).filter(c -> !c.isBlank()).forEach(c -> counts.merge(c, 1, Integer::sum));
    return largest(counts);
  }

  /** @param counts how many products each category has, in the catalog's order */
  static Main largest(Map<String, Integer> counts) {
    List<String> names = counts.entrySet().stream()
        .filter(e -> !e.getKey().isBlank())
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .limit(MAX).map(Map.Entry::getKey).toList();
    return new Main(names, counts.size() > names.size());
  }
}
