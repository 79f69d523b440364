package com.shoptalk.catalog;

import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.store.Directory;

/**
 * The searchable product catalog of one locale.
 *
 * <p>Immutable and thread-safe. {@link #of} indexes products in memory (tests, tools); {@link PrebuiltCatalog} builds
 * a catalog ahead into a folder and opens it read-only, without reading a feed or every product. The work is shared
 * out: {@link QueryParser} reads spoken requests, {@link Reading} finds the kind of product asked for with the
 * {@link Lexicon} of shopper words, {@link CatalogSearch} answers: {@link CatalogIndex} holds the index and the
 * products, {@link CatalogSummary} what is known of all of them, {@link ProductMatcher} matches, {@link Broadener}
 * proposes broader queries, {@link Speller} suggests spellings, {@link Ideas} answers rooms, gifts and kinds not
 * carried.
 */
public final class Catalog {

  /** The most products a search returns. */
  public static final int MAX_RESULTS = 100;

  private final Locale locale;
  private final Currency currency;
  private final CatalogIndex index;
  private final CatalogSummary summary;
  private final CatalogSearch search;
  private final SpokenWords words;

  private Catalog(Locale locale, CatalogIndex index, CatalogSummary summary) {
    this.locale = Objects.requireNonNull(locale, "locale");
    this.index = index;
    this.summary = summary;
    this.currency = Currency.getInstance(summary.currency());
    this.words = new SpokenWords(index);
    ProductMatcher matcher = new ProductMatcher(index, words, locale);
    this.search = new CatalogSearch(index, words, matcher,
        new Speller(index, words, locale, CatalogAnalysis.stopWords(locale), summary),
        new Ideas(matcher, index.lexicon(), summary.categoriesByCount()), new Wording(index, locale), locale);
  }

  /**
   * Creates a catalog and indexes its products in memory.
   *
   * @param locale   the locale of the products' texts
   * @param products the products, with distinct ids and all prices in one currency
   * @return the catalog
   * @throws IllegalArgumentException when ids repeat or currencies differ
   */
  public static Catalog of(Locale locale, List<Product> products) {
    List<Product> copy = List.copyOf(products);
    requireDistinctIds(copy);
    CatalogSummary summary = CatalogSummary.of(locale, copy);
    return new Catalog(locale, CatalogIndex.inMemory(locale, copy, summary), summary);
  }

  /** Opens a catalog whose index and summary were written ahead (see {@link PrebuiltCatalog}). */
  static Catalog open(Locale locale, CatalogSummary summary, Directory directory) {
    return new Catalog(locale, CatalogIndex.open(locale, summary, directory), summary);
  }

  /** Checks that no two products share an id (a lookup by id must find one product). */
  static void requireDistinctIds(List<Product> products) {
    Set<String> seen = new HashSet<>();
    for (Product product : products) {
      if (!seen.add(product.id())) {
        throw new IllegalArgumentException("duplicate product id " + product.id());
      }
    }
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
    return index.size();
  }

  /**
   * Returns all products in feed order. A catalog built ahead reads each product when it is first asked for, so
   * going through all of them costs as much as reading the feed: for tools and tests, not for answering a shopper.
   */
  public List<Product> products() {
    return index.products();
  }

  /**
   * Finds a product by its id.
   *
   * @param id the product id
   * @return the product, or empty
   */
  public Optional<Product> byId(String id) {
    return id == null ? Optional.empty() : index.byId(id);
  }

  /** Returns the distinct colours of all products, sorted, for refining searches. */
  public List<String> colors() {
    return summary.colors();
  }

  /** Returns the distinct brands of all products, sorted, for refining searches. */
  public List<String> brands() {
    return summary.brands();
  }

  /** Returns how many products each category has, in the order the feed first names them. */
  public Map<String, Integer> categories() {
    return summary.categories();
  }

  /**
   * Parses a spoken request with this catalog's locale and colours.
   *
   * @param spoken what the shopper said
   * @return the query
   */
  public SearchQuery parse(String spoken) {
    return QueryParser.parse(spoken, locale, summary.colors());
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

  /**
   * Tells whether a spoken request names a gift ("a present for my mom", "Hochzeitsgeschenk"), not only a recipient
   * or an occasion ("my sister", "birthday"), which are said about much else than shopping.
   *
   * @param spoken what the shopper said
   * @return whether a gift word of the vocabulary was said
   */
  public boolean namesGift(String spoken) {
    Lexicon lexicon = index.lexicon();
    List<SpokenWords.Word> analyzed = words.analyze(Objects.requireNonNull(spoken, "spoken"));
    List<String> own = analyzed.stream().map(SpokenWords.Word::own).toList();
    for (int i = 0; i < analyzed.size(); i++) {
      if (lexicon.phraseAt("gift", own, i) > 0
          || analyzed.get(i).heads().stream().anyMatch(h -> lexicon.is("gift", h))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "Catalog[" + locale.toLanguageTag() + ", " + size() + " products]";
  }
}
