package com.shoptalk.catalog;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;

/**
 * The searchable product catalog of one locale.
 *
 * <p>Immutable and thread-safe. {@link #of} indexes the products in memory when it is created, so that a Lambda
 * SnapStart snapshot taken after start-up already holds the index; {@link #writeIndex} and {@link #open} build the
 * index ahead into a directory and search it read-only. The work is shared out: {@link QueryParser} reads spoken
 * requests, {@link Reading} finds the kind of product asked for with the {@link Lexicon} of shopper words,
 * {@link CatalogSearch} answers: {@link CatalogIndex} holds the index, {@link ProductMatcher} matches, {@link Broadener}
 * proposes broader queries, {@link Speller} suggests spellings, {@link Ideas} answers rooms, gifts and kinds not
 * carried.
 */
public final class Catalog {

  /** The most products a search returns. */
  public static final int MAX_RESULTS = 100;

  private final Locale locale;
  private final Currency currency;
  private final List<Product> products;
  private final Map<String, Product> byId;
  private final List<String> colors;
  private final List<String> brands;
  private final CatalogSearch search;

  private Catalog(Locale locale, List<Product> products, Directory prebuilt) {
    this.locale = Objects.requireNonNull(locale, "locale");
    this.products = List.copyOf(products);
    this.currency = currencyOf(locale, this.products);
    this.byId = this.products.stream().collect(Collectors.toMap(Product::id, Function.identity(),
        (a, b) -> {
          throw new IllegalArgumentException("duplicate product id " + a.id());
        }, LinkedHashMap::new));
    this.colors = distinctSorted(this.products.stream().flatMap(p -> p.colors().stream()));
    this.brands = distinctSorted(this.products.stream().map(Product::brand).filter(Objects::nonNull));
    CatalogIndex index = prebuilt == null ? CatalogIndex.inMemory(locale, this.products, byId)
        : CatalogIndex.open(locale, byId, prebuilt);
    SpokenWords words = new SpokenWords(index);
    ProductMatcher matcher = new ProductMatcher(index, words, locale);
    this.search = new CatalogSearch(index, words, matcher,
        new Speller(index, words, locale, CatalogAnalysis.stopWords(locale), this.products),
        new Ideas(matcher, index.lexicon(), this.products), new Wording(index, locale), locale);
  }

  /**
   * Creates a catalog and indexes its products.
   *
   * @param locale   the locale of the products' texts
   * @param products the products, with distinct ids and all prices in one currency
   * @return the catalog
   * @throws IllegalArgumentException when ids repeat or currencies differ
   */
  public static Catalog of(Locale locale, List<Product> products) {
    return new Catalog(locale, products, null);
  }

  /**
   * Writes the search index of products into a directory, to be opened later with {@link #open}.
   *
   * @param locale    the locale of the products' texts
   * @param products  the products
   * @param directory an empty Lucene directory
   */
  public static void writeIndex(Locale locale, List<Product> products, Directory directory) {
    CatalogIndex.write(locale, List.copyOf(products), directory);
  }

  /**
   * Creates a catalog that searches an index written ahead by {@link #writeIndex}, read-only.
   *
   * @param locale    the locale the index was written with
   * @param products  the indexed products
   * @param directory the directory holding the index
   * @return the catalog
   * @throws IllegalArgumentException when ids repeat or currencies differ
   */
  public static Catalog open(Locale locale, List<Product> products, Directory directory) {
    return new Catalog(locale, products, Objects.requireNonNull(directory, "directory"));
  }

  /** Returns the locale of the products' texts. */
  public Locale locale() {
    return locale;
  }

  /** Returns the currency of all prices. */
  public Currency currency() {
    return currency;
  }

  /** Returns the number of products. */
  public int size() {
    return products.size();
  }

  /** Returns all products in feed order. */
  public List<Product> products() {
    return products;
  }

  /**
   * Finds a product by its id.
   *
   * @param id the product id
   * @return the product, or empty
   */
  public Optional<Product> byId(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** Returns the distinct colours of all products, sorted, for refining searches. */
  public List<String> colors() {
    return colors;
  }

  /** Returns the distinct brands of all products, sorted, for refining searches. */
  public List<String> brands() {
    return brands;
  }

  /**
   * Parses a spoken request with this catalog's locale and colours.
   *
   * @param spoken what the shopper said
   * @return the query
   */
  public SearchQuery parse(String spoken) {
    return QueryParser.parse(spoken, locale, colors);
  }

  /**
   * Searches the catalog as a shop assistant would.
   *
   * <p>The query's words are read for the kind of product asked for ("dresser" in "dark gray dresser"), the words
   * describing it, and what surrounds them (a gift, a room). A product matches when it is of that kind (its title
   * or category says so, in the shopper vocabulary's terms: "couch" finds sofas) and every describing word the
   * catalog knows is in its title, category, colour or brand; descriptions only rank, and words the catalog does
   * not know only rank, by sound. When nothing matches, the query is broadened along the kind (describing words,
   * then price, colour and brand dropped; never the kind). A kind the shop does not carry is named in
   * {@link SearchResult#notCarried()} with the closest categories it has. A query naming no kind must match all
   * its words, misheard ones by sound; its spelling may be corrected into a kind the catalog has.
   *
   * <p>When products were found only by sound or despite a typo, the result carries the catalog's own wording as a
   * suggestion ("lounge chair" for "lunch chair"); a suggestion is only made when its words find products.
   *
   * @param query the query
   * @return the result, never {@code null}
   */
  public SearchResult search(SearchQuery query) {
    return search.search(Objects.requireNonNull(query, "query"));
  }

  private static Currency currencyOf(Locale locale, List<Product> products) {
    Currency currency = products.isEmpty() ? Currency.getInstance(locale)
        : products.get(0).price().currency();
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

  @Override
  public String toString() {
    return "Catalog[" + locale.toLanguageTag() + ", " + products.size() + " products]";
  }
}
