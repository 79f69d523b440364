package com.shoptalk.catalog;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharArraySet;

/**
 * What a catalog knows about all its products together, worked out once when it is built: its currency, colours,
 * brands, categories and the words its search weighs. A catalog built ahead stores it beside its index, so that
 * opening the catalog never reads every product.
 *
 * @param currency     the ISO 4217 code of all prices
 * @param colors       the distinct colours, sorted, for refining searches
 * @param brands       the distinct brands, sorted, for refining searches
 * @param categories   how many products each category has, in the order the feed first names them
 * @param categoryWords the words of all categories, lower-case (the speller's common words)
 * @param titleWords   how many titles each title word is in, lower-case (the speller's common words)
 * @param dictionary   the words the text analysis depends on beyond the locale (German compounds), see
 *                     {@link CatalogAnalysis#dictionary}
 */
record CatalogSummary(String currency, List<String> colors, List<String> brands, Map<String, Integer> categories,
    Set<String> categoryWords, Map<String, Integer> titleWords, List<String> dictionary) {

  /** Copies the collections; the categories keep their order. */
  CatalogSummary {
    Objects.requireNonNull(currency, "currency");
    colors = List.copyOf(colors);
    brands = List.copyOf(brands);
    categories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(categories));
    categoryWords = Set.copyOf(categoryWords);
    titleWords = Map.copyOf(titleWords);
    dictionary = List.copyOf(dictionary);
  }

  /**
   * Works out the summary of a catalog's products.
   *
   * @param locale   the catalog's locale
   * @param products the products, all priced in one currency
   * @return the summary
   * @throws IllegalArgumentException when the products are priced in different currencies
   */
  static CatalogSummary of(Locale locale, List<Product> products) {
    Map<String, Integer> categories = new LinkedHashMap<>();
    products.stream().map(Product::category).filter(c -> !c.isBlank()).forEach(c -> categories.merge(c, 1, Integer::sum));
    List<String> dictionary = new ArrayList<>();
    for (Object word : CatalogAnalysis.dictionary(locale, products)) {
      dictionary.add(new String((char[]) word));
    }
    dictionary.sort(null);
    return new CatalogSummary(currencyOf(locale, products).getCurrencyCode(),
        distinctSorted(products.stream().flatMap(p -> p.colors().stream())),
        distinctSorted(products.stream().map(Product::brand).filter(Objects::nonNull)),
        categories, Speller.categoryWords(products, locale), Speller.titleWords(products, locale), dictionary);
  }

  /** Returns the dictionary as the analysis takes it. */
  CharArraySet dictionarySet() {
    return dictionary.isEmpty() ? CharArraySet.EMPTY_SET : new CharArraySet(dictionary, false);
  }

  private static Currency currencyOf(Locale locale, List<Product> products) {
    Currency currency = products.isEmpty() ? Currency.getInstance(locale) : products.get(0).price().currency();
    for (Product product : products) {
      if (!product.price().currency().equals(currency)) {
        throw new IllegalArgumentException("product " + product.id() + " is priced in "
            + product.price().currency() + ", the catalog in " + currency);
      }
    }
    return currency;
  }

  private static List<String> distinctSorted(Stream<String> values) {
    Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    values.filter(v -> !v.isBlank()).forEach(seen::add);
    return List.copyOf(seen);
  }

  /** Returns the categories' names, most products first; equal counts in feed order. */
  List<String> categoriesByCount() {
    return categories.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableList());
  }
}
