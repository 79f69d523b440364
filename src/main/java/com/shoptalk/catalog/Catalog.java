package com.shoptalk.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The searchable product catalog of one locale, indexed in memory with Lucene when it is created.
 *
 * <p>Immutable and thread-safe. The index is built in the constructor so that a Lambda SnapStart snapshot
 * taken after start-up already holds it.
 */
public final class Catalog {

  /** The most products a search returns. */
  public static final int MAX_RESULTS = 100;

  /** Below this many matches the search widens to phonetic, fuzzy and partial matching. */
  private static final int FEW = 3;
  /** Shorter sound codes are shared by too many unrelated words to count as a match. */
  private static final int MIN_SOUND_CODE = 3;

  private static final Map<String, Float> FIELD_BOOSTS = Map.of(
      CatalogAnalysis.TITLE, 3.0f,
      CatalogAnalysis.CATEGORY, 2.5f,
      CatalogAnalysis.COLOR, 1.5f,
      CatalogAnalysis.BRAND, 1.5f);
  private static final List<String> PART_FIELDS = List.of(CatalogAnalysis.TITLE_PARTS,
      CatalogAnalysis.CATEGORY_PARTS, CatalogAnalysis.COLOR, CatalogAnalysis.BRAND);
  private static final float DESCRIPTION_BOOST = 0.3f;
  /** How many spelling candidates to weigh against each other. */
  private static final int SUGGESTIONS = 8;
  private static final String PRICE = "price";
  private static final String ORDINAL = "ord";

  private final Locale locale;
  private final boolean german;
  private final Currency currency;
  private final List<Product> products;
  private final Map<String, Product> byId;
  private final List<String> colors;
  private final List<String> brands;
  private final Analyzer analyzer;
  private final IndexSearcher searcher;
  private final DirectSpellChecker spellChecker;
  private final CharArraySet stopWords;
  private final Set<String> categoryWords;
  private final Map<String, Integer> titleFrequency;

  private Catalog(Locale locale, List<Product> products) {
    this.locale = Objects.requireNonNull(locale, "locale");
    this.german = NumberWords.isGerman(locale);
    this.products = List.copyOf(products);
    this.currency = currencyOf(locale, this.products);
    this.byId = this.products.stream().collect(Collectors.toMap(Product::id, Function.identity(),
        (a, b) -> {
          throw new IllegalArgumentException("duplicate product id " + a.id());
        }, LinkedHashMap::new));
    this.colors = distinctSorted(this.products.stream().flatMap(p -> p.colors().stream()));
    this.brands = distinctSorted(this.products.stream().map(Product::brand).filter(Objects::nonNull));
    CharArraySet dictionary = german
        ? CatalogAnalysis.germanDictionary(this.products.stream()
            .flatMap(p -> Stream.of(p.title(), p.category(), p.description())).toList())
        : CharArraySet.EMPTY_SET;
    this.analyzer = CatalogAnalysis.analyzer(locale, dictionary);
    this.stopWords = CatalogAnalysis.stopWords(locale);
    this.searcher = new IndexSearcher(buildIndex());
    this.spellChecker = new DirectSpellChecker();
    this.categoryWords = this.products.stream().flatMap(p -> plainWords(p.category()).stream())
        .collect(Collectors.toUnmodifiableSet());
    this.titleFrequency = this.products.stream().flatMap(p -> plainWords(p.title()).stream())
        .collect(Collectors.toUnmodifiableMap(w -> w, w -> 1, Integer::sum));
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
    return new Catalog(locale, products);
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
   * Searches the catalog.
   *
   * <p>A product matches a word in its title, category, colour or brand; a German compound matches by its
   * head ("Samtsessel" for "Sessel", not "Kissenbezug" for "Kissen"). Products matching all words come
   * first; with fewer than three of those, words the catalog does not know may also match by sound or with
   * a typo, and then only most words need to match. Descriptions only rank. Only when nothing matched at all
   * may a word match as the first part of a compound ("Kissen" in "Kissenbezug"). When still nothing
   * matches, the result holds a broader query's products (constraints dropped, then fewer words).
   *
   * <p>When products were found only by sound or despite a typo, or nothing was found, the result carries
   * the catalog's own wording as a suggestion ("lounge chair" for "lunch chair").
   *
   * @param query the query
   * @return the result, never {@code null}
   */
  public SearchResult search(SearchQuery query) {
    Objects.requireNonNull(query, "query");
    List<Analyzed> words = analyze(query.text());
    List<Product> found = find(query, words, true);
    String suggestion = null;
    if (!found.isEmpty() && words.stream().anyMatch(w -> !known(w))) {
      suggestion = correction(query.text(), words, found);
    }
    if (!found.isEmpty()) {
      return new SearchResult(query, found, suggestion, null);
    }
    if (!words.isEmpty()) {
      suggestion = suggest(query.text());
    }
    for (SearchQuery broader : broaderQueries(query, words)) {
      // With words dropped, the rest must match as spoken: "shoes" alone must not find shot glasses by sound.
      boolean sameWords = broader.text().equals(query.text());
      List<Product> broaderFound = find(broader, analyze(broader.text()), sameWords);
      if (!broaderFound.isEmpty()) {
        return new SearchResult(broader, broaderFound, suggestion, query);
      }
    }
    return new SearchResult(query, List.of(), suggestion, null);
  }

  private List<Product> find(SearchQuery query, List<Analyzed> words, boolean bySound) {
    Query filter = filter(query);
    LinkedHashSet<Integer> ordinals = new LinkedHashSet<>();
    if (words.isEmpty()) {
      ordinals.addAll(run(new MatchAllDocsQuery(), filter, query.sort()));
      return toProducts(ordinals);
    }
    int all = words.size();
    ordinals.addAll(run(wordsQuery(words, Tier.EXACT, all), filter, query.sort()));
    boolean misheard = words.stream().anyMatch(w -> !known(w));
    if (ordinals.size() < FEW && misheard && bySound) {
      ordinals.addAll(run(wordsQuery(words, Tier.BY_SOUND, all), filter, query.sort()));
    }
    int partial = partialMatch(all);
    if (ordinals.isEmpty() && partial < all) {
      // Only when nothing matched every word: some of the words, as spoken. Matching only part of
      // the words by sound finds "cheese" for "running shoes"; matching part of them while whole
      // matches exist pads "coffee table under $300" with coffee cups.
      ordinals.addAll(run(wordsQuery(words, Tier.EXACT, partial), filter, query.sort()));
    }
    if (ordinals.isEmpty() && german) {
      // Last resort before broadening: a word as the first part of a compound ("Kissen" in "Kissenbezug").
      ordinals.addAll(run(wordsQuery(words, Tier.ANY_PART, all), filter, query.sort()));
    }
    return toProducts(ordinals);
  }

  /** How loosely the words of a query may match, tried in this order. */
  private enum Tier {
    /** Words as spoken, compounds by their head. */
    EXACT,
    /** Also words the catalog does not know, by sound or with a typo. */
    BY_SOUND,
    /** Also any part of a compound in a title or category. */
    ANY_PART
  }

  private static int partialMatch(int words) {
    return words <= 2 ? 1 : (int) Math.ceil(words * 0.6);
  }

  private List<Product> toProducts(Collection<Integer> ordinals) {
    return ordinals.stream().limit(MAX_RESULTS).map(products::get).toList();
  }

  private List<Integer> run(Query query, Query filter, Sort sort) {
    Query full = query;
    if (filter != null) {
      full = new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
    }
    try {
      TopDocs top = switch (sort) {
        case RELEVANCE -> searcher.search(full, MAX_RESULTS);
        case PRICE_ASCENDING, PRICE_DESCENDING -> searcher.search(full, MAX_RESULTS,
            new org.apache.lucene.search.Sort(
                new SortField(PRICE, SortField.Type.LONG, sort == Sort.PRICE_DESCENDING),
                SortField.FIELD_SCORE));
      };
      List<Integer> ordinals = new ArrayList<>(top.scoreDocs.length);
      var stored = searcher.storedFields();
      for (ScoreDoc hit : top.scoreDocs) {
        ordinals.add(stored.document(hit.doc, Set.of(ORDINAL)).getField(ORDINAL).numericValue().intValue());
      }
      return ordinals;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Builds a query that needs {@code required} of the words, each matching in a weighted field.
   *
   * <p>Descriptions only add to the score: a sofa mentioned in a pillow cover's description does not make the
   * pillow cover a sofa. With several words, all but one may match as the first part of a compound ("Wein" in
   * "Glas für Wein" matches "Weinglas"), as long as one word matches a title, category, colour or brand.
   */
  private Query wordsQuery(List<Analyzed> words, Tier tier, int required) {
    BooleanQuery.Builder each = new BooleanQuery.Builder();
    BooleanQuery.Builder anyStrict = new BooleanQuery.Builder();
    BooleanQuery.Builder description = new BooleanQuery.Builder();
    for (Analyzed word : words) {
      Query strict = strict(word, tier != Tier.EXACT && !known(word));
      anyStrict.add(strict, Occur.SHOULD);
      BooleanQuery.Builder loose = new BooleanQuery.Builder().add(strict, Occur.SHOULD);
      if (german && (words.size() > 1 || tier == Tier.ANY_PART)) {
        for (String term : word.terms()) {
          loose.add(new BoostQuery(new TermQuery(new Term(CatalogAnalysis.TITLE_PARTS, term)), 1.0f),
              Occur.SHOULD);
          loose.add(new BoostQuery(new TermQuery(new Term(CatalogAnalysis.CATEGORY_PARTS, term)), 0.8f),
              Occur.SHOULD);
        }
      }
      if (tier == Tier.ANY_PART) {
        for (String head : word.heads()) {
          loose.add(new BoostQuery(new TermQuery(new Term(CatalogAnalysis.TITLE, head)), 0.6f),
              Occur.SHOULD);
        }
      }
      each.add(loose.build(), Occur.SHOULD);
      for (String term : word.allTerms()) {
        description.add(new BoostQuery(new TermQuery(new Term(CatalogAnalysis.DESCRIPTION, term)),
            DESCRIPTION_BOOST), Occur.SHOULD);
      }
    }
    each.setMinimumNumberShouldMatch(required);
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(each.build(), Occur.MUST);
    if (tier != Tier.ANY_PART) {
      query.add(anyStrict.build(), Occur.FILTER);
    }
    return query.add(description.build(), Occur.SHOULD).build();
  }

  /**
   * Builds the query for one word in the title, category, colour and brand fields: the word itself, a compound
   * by its head and first part, and when {@code bySound} also words that sound alike or differ by a typo.
   */
  private Query strict(Analyzed word, boolean bySound) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String term : word.terms()) {
      for (Map.Entry<String, Float> field : FIELD_BOOSTS.entrySet()) {
        any.add(new BoostQuery(new TermQuery(new Term(field.getKey(), term)), field.getValue()),
            Occur.SHOULD);
      }
    }
    if (!word.heads().isEmpty() && !word.modifiers().isEmpty()) {
      // "Weingläser" finds "Weinglas", and also "Glas für Wein": the head and a first part, anywhere.
      BooleanQuery.Builder head = new BooleanQuery.Builder();
      for (String term : word.heads()) {
        head.add(new TermQuery(new Term(CatalogAnalysis.TITLE, term)), Occur.SHOULD);
        head.add(new TermQuery(new Term(CatalogAnalysis.CATEGORY, term)), Occur.SHOULD);
      }
      BooleanQuery.Builder modifier = new BooleanQuery.Builder();
      for (String term : word.modifiers()) {
        modifier.add(new TermQuery(new Term(CatalogAnalysis.TITLE_PARTS, term)), Occur.SHOULD);
        modifier.add(new TermQuery(new Term(CatalogAnalysis.CATEGORY_PARTS, term)), Occur.SHOULD);
      }
      any.add(new BoostQuery(new BooleanQuery.Builder().add(head.build(), Occur.MUST)
          .add(modifier.build(), Occur.MUST).build(), 1.5f), Occur.SHOULD);
    }
    if (bySound) {
      for (String code : word.phonetic()) {
        if (code.length() < MIN_SOUND_CODE) {
          continue; // two-letter codes match too much: "shoes" and "cheese" are both XS
        }
        any.add(new BoostQuery(new TermQuery(new Term(CatalogAnalysis.TITLE_PHONETIC, code)), 0.5f),
            Occur.SHOULD);
        any.add(new BoostQuery(new TermQuery(new Term(CatalogAnalysis.CATEGORY_PHONETIC, code)), 0.4f),
            Occur.SHOULD);
      }
      // Typos are judged on the spoken word as well as on its stem ("sofer" stems to "sof").
      Set<String> typed = new LinkedHashSet<>(List.of(word.terms().get(0), word.surface().toLowerCase(locale)));
      for (String term : typed) {
        int edits = term.length() >= 5 ? 2 : term.length() == 4 ? 1 : 0;
        if (edits > 0 && !Character.isDigit(term.charAt(0))) {
          any.add(new BoostQuery(new FuzzyQuery(new Term(CatalogAnalysis.TITLE, term), edits, 1), 1.5f),
              Occur.SHOULD);
          any.add(new BoostQuery(new FuzzyQuery(new Term(CatalogAnalysis.CATEGORY, term), edits, 1), 1.2f),
              Occur.SHOULD);
        }
      }
    }
    return any.build();
  }

  /**
   * Tells whether the catalog knows the word as spoken: in a title, category, colour or brand, as a part of
   * a compound there, or as a compound whose head and first part it knows. Unknown words are likely misheard.
   */
  private boolean known(Analyzed word) {
    if (word.terms().stream().anyMatch(t -> inIndex(t, FIELD_BOOSTS.keySet())
        || german && inIndex(t, PART_FIELDS))) {
      return true;
    }
    return word.heads().stream().anyMatch(t -> inIndex(t, FIELD_BOOSTS.keySet()))
        && word.modifiers().stream().anyMatch(t -> inIndex(t, PART_FIELDS));
  }

  private boolean inIndex(String term, Collection<String> fields) {
    try {
      for (String field : fields) {
        if (searcher.getIndexReader().docFreq(new Term(field, term)) > 0) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Query filter(SearchQuery query) {
    BooleanQuery.Builder filter = new BooleanQuery.Builder();
    boolean any = false;
    if (query.minPrice() != null || query.maxPrice() != null) {
      long min = query.minPrice() == null ? 0 : cents(query.minPrice(), RoundingMode.CEILING);
      long max = query.maxPrice() == null ? Long.MAX_VALUE : cents(query.maxPrice(), RoundingMode.FLOOR);
      filter.add(LongPoint.newRangeQuery(PRICE, min, max), Occur.FILTER);
      any = true;
    }
    if (query.color() != null) {
      // A colour word in the title counts too: "Gold Coffee Table" whose feed colour is the table top's.
      filter.add(allTerms(query.color(), CatalogAnalysis.COLOR, CatalogAnalysis.TITLE), Occur.FILTER);
      any = true;
    }
    if (query.brand() != null) {
      filter.add(allTerms(query.brand(), CatalogAnalysis.BRAND), Occur.FILTER);
      any = true;
    }
    return any ? filter.build() : null;
  }

  private Query allTerms(String text, String... fields) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    List<Analyzed> words = analyze(text);
    if (words.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    for (Analyzed word : words) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String field : fields) {
        any.add(new TermQuery(new Term(field, word.terms().get(0))), Occur.SHOULD);
      }
      all.add(any.build(), Occur.MUST);
    }
    return all.build();
  }

  private static long cents(BigDecimal amount, RoundingMode rounding) {
    return amount.movePointRight(2).setScale(0, rounding).longValueExact();
  }

  /** Returns the broader queries to try, most similar first: constraints dropped, then fewer words. */
  private List<SearchQuery> broaderQueries(SearchQuery query, List<Analyzed> words) {
    List<SearchQuery> broader = new ArrayList<>();
    SearchQuery unconstrained = new SearchQuery(query.text(), null, null, null, null, query.sort());
    if (query.hasConstraints() && !query.text().isEmpty()) {
      broader.add(unconstrained);
    }
    if (words.size() > 1) {
      // The last word is usually the head noun in both English and German ("velvet sofa", "rotes Sofa").
      for (int i = words.size() - 1; i >= 0; i--) {
        broader.add(query.withText(words.get(i).surface()));
      }
      if (query.hasConstraints()) {
        for (int i = words.size() - 1; i >= 0; i--) {
          broader.add(unconstrained.withText(words.get(i).surface()));
        }
      }
    }
    if (query.text().isEmpty() && query.hasConstraints()) {
      if (query.color() != null || query.brand() != null) {
        broader.add(query.withColor(null).withBrand(null));
      }
      broader.add(unconstrained);
    }
    return broader;
  }

  /**
   * Returns the text in the catalog's own words where words were found only by sound or despite a typo
   * ("lounge chair" for "lunch chair"), taken from the found products' titles and categories, or
   * {@code null}.
   */
  private String correction(String spokenText, List<Analyzed> words, List<Product> found) {
    Map<String, Integer> inTitles = new LinkedHashMap<>();
    Map<String, Integer> inCategories = new LinkedHashMap<>();
    for (Product product : found.subList(0, Math.min(10, found.size()))) {
      plainWords(product.title()).forEach(w -> inTitles.merge(w, 1, Integer::sum));
      plainWords(product.category()).forEach(w -> inCategories.merge(w, 1, Integer::sum));
    }
    Set<String> candidates = new LinkedHashSet<>(inTitles.keySet());
    candidates.addAll(inCategories.keySet());
    String text = spokenText.toLowerCase(locale);
    boolean changed = false;
    for (Analyzed word : words) {
      if (known(word)) {
        continue;
      }
      String spoken = word.surface().toLowerCase(locale);
      String best = null;
      int bestRank = Integer.MAX_VALUE;
      for (String candidate : candidates) {
        int distance = editDistance(spoken, candidate);
        boolean alike = candidate.length() > 2 && !Collections.disjoint(word.phonetic(),
            terms(CatalogAnalysis.TITLE_PHONETIC, candidate));
        if (distance > 2 && !alike) {
          continue;
        }
        // Closer first, a name counting further away; then the word more of the found products use,
        // titles before categories.
        int rank = (2 * Math.min(distance, alike ? 2 : distance) + (isCommon(candidate) ? 0 : 3)) * 10_000
            - inTitles.getOrDefault(candidate, 0) * 100 - inCategories.getOrDefault(candidate, 0)
            + candidate.length();
        if (rank < bestRank) {
          best = candidate;
          bestRank = rank;
        }
      }
      if (best != null && !best.equals(spoken)) {
        text = text.replaceFirst("(?<![\\p{L}\\p{N}])" + Pattern.quote(spoken) + "(?![\\p{L}\\p{N}])",
            Matcher.quoteReplacement(best));
        changed = true;
      }
    }
    return changed ? text : null;
  }

  private List<String> plainWords(String text) {
    return Stream.of(text.toLowerCase(locale).split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() > 1)
        .distinct().toList();
  }

  /** Returns the Levenshtein distance of two words. */
  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /**
   * Returns a better spelling of the text from the catalog's titles and categories, or {@code null}.
   *
   * <p>Of similar candidates, a category word or a word several products' titles share ("lamp", "plate") is
   * preferred to a word only one product's name has ("Lana"): names are rarely what a shopper meant.
   */
  private String suggest(String text) {
    List<String> corrected = new ArrayList<>();
    boolean changed = false;
    try {
      for (String word : text.toLowerCase(locale).split("[^\\p{L}\\p{N}]+")) {
        if (word.isEmpty()) {
          continue;
        }
        String replacement = word;
        if (word.length() >= 4 && !stopWords.contains(word) && !word.chars().allMatch(Character::isDigit)) {
          SuggestWord[] suggestions = spellChecker.suggestSimilar(new Term(CatalogAnalysis.SPELL, word),
              SUGGESTIONS, searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
          if (suggestions.length > 0) {
            replacement = preferCommon(word, suggestions);
            changed = true;
          }
        }
        corrected.add(replacement);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return changed ? String.join(" ", corrected) : null;
  }

  /**
   * Picks the closest suggestion, a name counting one and a half edits further away than it is: a common word
   * as close as a name, or one edit further, wins.
   */
  private String preferCommon(String word, SuggestWord[] suggestions) {
    String best = suggestions[0].string;
    int bestDistance = Integer.MAX_VALUE;
    for (SuggestWord suggestion : suggestions) {
      int distance = 2 * editDistance(word, suggestion.string) + (isCommon(suggestion.string) ? 0 : 3);
      if (distance < bestDistance) {
        best = suggestion.string;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Tells whether a word is a category word or one that several products' titles share, not a name. */
  private boolean isCommon(String word) {
    return categoryWords.contains(word) || titleFrequency.getOrDefault(word, 0) >= 2;
  }

  /**
   * One spoken word after analysis.
   *
   * @param surface   the word as spoken
   * @param terms     its index term, then those of the compounds it forms with a neighbour ("tea pot")
   * @param heads     the heads of a German compound ("glas" of "weinglas")
   * @param modifiers the other parts of a German compound ("wein")
   * @param phonetic  its sound codes
   */
  private record Analyzed(String surface, List<String> terms, List<String> heads, List<String> modifiers,
      List<String> phonetic) {

    List<String> allTerms() {
      return Stream.of(terms, heads, modifiers).flatMap(List::stream).distinct().toList();
    }
  }

  /** A word as the analyzer of one field sees it: its surface and its terms, the word's own first. */
  private record Token(String surface, List<String> terms) {
  }

  private List<Analyzed> analyze(String text) {
    List<Analyzed> result = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return result;
    }
    List<Token> withHeads = tokens(CatalogAnalysis.TITLE, text);
    List<Token> withParts = german ? tokens(CatalogAnalysis.TITLE_PARTS, text) : withHeads;
    if (withParts.size() != withHeads.size()) {
      withParts = withHeads;
    }
    for (int i = 0; i < withHeads.size(); i++) {
      Token word = withHeads.get(i);
      String own = word.terms().get(0);
      List<String> terms = new ArrayList<>(List.of(own));
      // Spoken compounds come apart ("tea pot", "arm chair"): the joined neighbours count for both words.
      if (i > 0) {
        terms.addAll(joined(withHeads.get(i - 1), word));
      }
      if (i + 1 < withHeads.size()) {
        terms.addAll(joined(word, withHeads.get(i + 1)));
      }
      List<String> heads = word.terms().stream().skip(1).filter(t -> !t.equals(own)).distinct().toList();
      List<String> modifiers = withParts.get(i).terms().stream()
          .filter(t -> !t.equals(own) && !heads.contains(t)).distinct().toList();
      result.add(new Analyzed(word.surface(), List.copyOf(new LinkedHashSet<>(terms)), heads, modifiers,
          terms(CatalogAnalysis.TITLE_PHONETIC, word.surface())));
    }
    return result;
  }

  private List<Token> tokens(String field, String text) {
    List<Token> words = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute position = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      String surface = null;
      List<String> terms = new ArrayList<>();
      while (ts.incrementToken()) {
        if (position.getPositionIncrement() > 0 && !terms.isEmpty()) {
          words.add(new Token(surface, List.copyOf(terms)));
          terms.clear();
        }
        if (terms.isEmpty()) {
          surface = text.substring(offset.startOffset(), offset.endOffset());
        }
        terms.add(term.toString());
      }
      if (!terms.isEmpty()) {
        words.add(new Token(surface, List.copyOf(terms)));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  private List<String> joined(Token first, Token second) {
    List<String> joined = terms(CatalogAnalysis.TITLE, first.surface() + second.surface());
    return joined.isEmpty() ? List.of() : List.of(joined.get(0));
  }

  private List<String> terms(String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  private DirectoryReader buildIndex() {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < products.size(); i++) {
        writer.addDocument(document(i, products.get(i)));
      }
      writer.forceMerge(1);
      writer.commit();
      return DirectoryReader.open(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Document document(int ordinal, Product product) {
    Document doc = new Document();
    doc.add(new StoredField(ORDINAL, ordinal));
    doc.add(new TextField(CatalogAnalysis.TITLE, product.title(), Field.Store.NO));
    if (german) {
      doc.add(new TextField(CatalogAnalysis.TITLE_PARTS, product.title(), Field.Store.NO));
    }
    doc.add(new TextField(CatalogAnalysis.TITLE_PHONETIC, product.title(), Field.Store.NO));
    doc.add(new TextField(CatalogAnalysis.SPELL, product.title(), Field.Store.NO));
    if (!product.category().isEmpty()) {
      doc.add(new TextField(CatalogAnalysis.CATEGORY, product.category(), Field.Store.NO));
      if (german) {
        doc.add(new TextField(CatalogAnalysis.CATEGORY_PARTS, product.category(), Field.Store.NO));
      }
      doc.add(new TextField(CatalogAnalysis.CATEGORY_PHONETIC, product.category(), Field.Store.NO));
      doc.add(new TextField(CatalogAnalysis.SPELL, product.category(), Field.Store.NO));
    }
    for (String color : product.colors()) {
      doc.add(new TextField(CatalogAnalysis.COLOR, color, Field.Store.NO));
    }
    if (product.brand() != null) {
      doc.add(new TextField(CatalogAnalysis.BRAND, product.brand(), Field.Store.NO));
    }
    doc.add(new TextField(CatalogAnalysis.DESCRIPTION, product.description(), Field.Store.NO));
    long price = cents(product.effectivePrice().amount(), RoundingMode.HALF_UP);
    doc.add(new LongPoint(PRICE, price));
    doc.add(new NumericDocValuesField(PRICE, price));
    return doc;
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
