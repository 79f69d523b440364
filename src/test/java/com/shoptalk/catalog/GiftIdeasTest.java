package com.shoptalk.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Gift and room answers read the first products of each kind off the kind's entries in order of price
 * ({@link CatalogIndex#topOfKindByPrice}) instead of a search per kind: on the demo catalogs they are the products,
 * in the order, that the searches per kind give.
 */
class GiftIdeasTest {

  /** The demo catalog's internals, for the searches the answers are compared with. */
  private record Parts(Catalog catalog, CatalogIndex index, ProductMatcher matcher, Ideas ideas) {
    static Parts of(String tag) {
      Locale locale = Locale.forLanguageTag(tag);
      Catalog catalog = DemoCatalogs.CATALOGS.forLocale(locale);
      List<Product> products = catalog.products();
      CatalogSummary summary = CatalogSummary.of(locale, products);
      CatalogIndex index = CatalogIndex.inMemory(locale, products, summary);
      ProductMatcher matcher = new ProductMatcher(index, new SpokenWords(index), locale);
      return new Parts(catalog, index, matcher, new Ideas(matcher, index.lexicon(), summary.categoriesByCount()));
    }
  }

  /** Queries with each kind of constraint a gift or room answer can have: prices, order, colour, brand. */
  private static List<SearchQuery> constrained(Catalog catalog) {
    List<SearchQuery> queries = new ArrayList<>();
    List<BigDecimal[]> ranges = List.of(new BigDecimal[] {null, null}, new BigDecimal[] {null, price("20")},
        new BigDecimal[] {null, price("30")}, new BigDecimal[] {null, price("49.99")},
        new BigDecimal[] {null, price("100")}, new BigDecimal[] {price("25"), price("150")},
        new BigDecimal[] {price("40"), null}, new BigDecimal[] {price("0.5"), price("0.5")});
    for (BigDecimal[] range : ranges) {
      for (Sort sort : Sort.values()) {
        queries.add(new SearchQuery("", range[0], range[1], null, null, sort));
      }
      for (String color : catalog.colors().stream().limit(3).toList()) {
        queries.add(new SearchQuery("", range[0], range[1], color, null, Sort.RELEVANCE));
      }
      for (String brand : catalog.brands().stream().limit(2).toList()) {
        queries.add(new SearchQuery("", range[0], range[1], null, brand, Sort.PRICE_ASCENDING));
      }
    }
    return queries;
  }

  private static BigDecimal price(String amount) {
    return new BigDecimal(amount);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void reads_each_kind_by_price_as_a_search_for_the_kind_finds_it(String tag) {
    Parts parts = Parts.of(tag);
    Lexicon lexicon = parts.index().lexicon();
    Set<String> keys = new LinkedHashSet<>();
    lexicon.groups().forEach(group -> lexicon.kindsOf(group).forEach(kind -> keys.add(kind.key())));
    int compared = 0;
    for (SearchQuery query : constrained(parts.catalog())) {
      ProductMatcher.KindsByPrice byPrice = parts.matcher().kindsByPrice(query);
      for (String key : keys) {
        for (int max : new int[] {1, 2, 4, 7, Catalog.MAX_RESULTS}) {
          int[] searched = parts.matcher().entriesWithAny(query, CatalogAnalysis.KIND_KEY, List.of(key), null, max);
          assertArrayEquals(searched, byPrice.ofKind(key, max), key + " " + max + " " + query);
          compared += searched.length;
        }
      }
    }
    assertFalse(compared == 0, "no kind of the vocabulary has demo products");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void answers_gifts_as_the_searches_per_kind_do(String tag) {
    Parts parts = Parts.of(tag);
    List<Vocabulary.Group> gifts = parts.index().lexicon().groups().stream().filter(Vocabulary.Group::gift)
        .toList();
    int answered = 0;
    for (SearchQuery query : constrained(parts.catalog())) {
      List<String> ids = parts.ideas().gifts(query, null).products().stream().map(Product::id).toList();
      assertEquals(searchedPerKind(parts, gifts, query), ids, query.toString());
      answered += ids.isEmpty() ? 0 : 1;
    }
    assertFalse(answered == 0, "no gift query answered with products");
  }

  /**
   * The gift answer as the searches per kind gave it: each carried gift kind's products by price, in the
   * vocabulary's order taking turns, the first {@link Catalog#MAX_RESULTS}, the best rated first.
   */
  private static List<String> searchedPerKind(Parts parts, List<Vocabulary.Group> groups, SearchQuery query) {
    Lexicon lexicon = parts.index().lexicon();
    Set<String> keys = new LinkedHashSet<>();
    for (Vocabulary.Group group : groups) {
      if (parts.index().docFreq(CatalogAnalysis.GROUP, group.name()) > 0) {
        lexicon.kindsOf(group).forEach(kind -> keys.add(kind.key()));
      }
    }
    List<Integer> all = new ArrayList<>();
    Map<Integer, String> kindOf = new HashMap<>();
    for (String key : keys) {
      for (int entry : parts.matcher().entriesWithAny(query, CatalogAnalysis.KIND_KEY, List.of(key), null,
          Catalog.MAX_RESULTS)) {
        all.add(entry);
        kindOf.put(entry, key);
      }
    }
    List<Product> products = new ArrayList<>(parts.index().products(Ideas.takingTurns(all, kindOf::get).stream()
        .limit(Catalog.MAX_RESULTS).mapToInt(Integer::intValue).toArray()));
    products.sort(Comparator.comparingDouble((Product p) -> -p.averageRating().orElse(0)));
    return products.stream().map(Product::id).toList();
  }
}
