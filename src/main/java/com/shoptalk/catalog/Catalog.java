package com.shoptalk.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
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

    private static final Map<String, Float> FIELD_BOOSTS = Map.of(
            CatalogAnalysis.TITLE, 3.0f,
            CatalogAnalysis.CATEGORY, 2.5f,
            CatalogAnalysis.COLOR, 1.5f,
            CatalogAnalysis.BRAND, 1.5f);
    private static final float DESCRIPTION_BOOST = 0.3f;
    private static final String PRICE = "price";
    private static final String ORDINAL = "ord";

    private final Locale locale;
    private final Currency currency;
    private final List<Product> products;
    private final Map<String, Product> byId;
    private final List<String> colors;
    private final List<String> brands;
    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final DirectSpellChecker spellChecker;
    private final CharArraySet stopWords;

    private Catalog(Locale locale, List<Product> products) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.products = List.copyOf(products);
        this.currency = currencyOf(locale, this.products);
        this.byId = this.products.stream().collect(Collectors.toMap(Product::id, Function.identity(),
                (a, b) -> {
                    throw new IllegalArgumentException("duplicate product id " + a.id());
                }, LinkedHashMap::new));
        this.colors = distinctSorted(this.products.stream().flatMap(p -> p.colors().stream()));
        this.brands = distinctSorted(this.products.stream().map(Product::brand).filter(Objects::nonNull));
        CharArraySet dictionary = NumberWords.isGerman(locale)
                ? CatalogAnalysis.germanDictionary(this.products.stream()
                        .flatMap(p -> Stream.of(p.title(), p.category(), p.description())).toList())
                : CharArraySet.EMPTY_SET;
        this.analyzer = CatalogAnalysis.analyzer(locale, dictionary);
        this.stopWords = CatalogAnalysis.stopWords(locale);
        this.searcher = new IndexSearcher(buildIndex());
        this.spellChecker = new DirectSpellChecker();
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
     * <p>Products matching all words come first; with fewer than three of those, words may also match by sound
     * or with a typo, and then only most words need to match. When nothing matches, the result holds a broader
     * query's products (constraints dropped, then fewer words) and, when the catalog knows a better spelling,
     * a suggestion.
     *
     * @param query the query
     * @return the result, never {@code null}
     */
    public SearchResult search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        List<Analyzed> words = analyze(query.text());
        String suggestion = null;
        List<Product> found = find(query, words);
        if (!words.isEmpty() && (found.isEmpty() || !matchesExactly(words))) {
            suggestion = suggest(query.text());
        }
        if (!found.isEmpty()) {
            return new SearchResult(query, found, suggestion, null);
        }
        for (SearchQuery broader : broaderQueries(query, words)) {
            List<Product> broaderFound = find(broader, analyze(broader.text()));
            if (!broaderFound.isEmpty()) {
                return new SearchResult(broader, broaderFound, suggestion, query);
            }
        }
        return new SearchResult(query, List.of(), suggestion, null);
    }

    private List<Product> find(SearchQuery query, List<Analyzed> words) {
        Query filter = filter(query);
        LinkedHashSet<Integer> ordinals = new LinkedHashSet<>();
        if (words.isEmpty()) {
            ordinals.addAll(run(new MatchAllDocsQuery(), filter, query.sort()));
            return toProducts(ordinals);
        }
        int all = words.size();
        ordinals.addAll(run(wordsQuery(words, false, all, false), filter, query.sort()));
        if (ordinals.size() < FEW) {
            ordinals.addAll(run(wordsQuery(words, true, all, false), filter, query.sort()));
        }
        int partial = partialMatch(all);
        if (ordinals.size() < FEW && partial < all) {
            ordinals.addAll(run(wordsQuery(words, true, partial, false), filter, query.sort()));
        }
        if (ordinals.isEmpty() && !query.hasConstraints()) {
            // Last resort before broadening: every word somewhere, descriptions included.
            ordinals.addAll(run(wordsQuery(words, false, all, true), filter, query.sort()));
        }
        return toProducts(ordinals);
    }

    /** Tells whether every word is known to the catalog as spoken, so no spelling suggestion is needed. */
    private boolean matchesExactly(List<Analyzed> words) {
        return words.stream().noneMatch(w -> unknown(w.terms().get(0)));
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
     * <p>Descriptions only add to the score unless {@code inDescription} lets a word match there alone: a sofa
     * mentioned in a pillow cover's description does not make the pillow cover a sofa.
     */
    private Query wordsQuery(List<Analyzed> words, boolean forgiving, int required, boolean inDescription) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        BooleanQuery.Builder description = new BooleanQuery.Builder();
        for (Analyzed word : words) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (int i = 0; i < word.terms().size(); i++) {
                // The first term is the word itself; further ones are parts of a German compound.
                float partBoost = i == 0 ? 1.0f : 0.6f;
                String term = word.terms().get(i);
                for (Map.Entry<String, Float> field : FIELD_BOOSTS.entrySet()) {
                    any.add(new BoostQuery(new TermQuery(new Term(field.getKey(), term)),
                            field.getValue() * partBoost), Occur.SHOULD);
                }
                Query inText = new BoostQuery(new TermQuery(new Term(CatalogAnalysis.DESCRIPTION, term)),
                        DESCRIPTION_BOOST * partBoost);
                (inDescription ? any : description).add(inText, Occur.SHOULD);
            }
            if (forgiving || unknown(word.terms().get(0))) {
                for (String code : word.phonetic()) {
                    any.add(new BoostQuery(new TermQuery(new Term(CatalogAnalysis.TITLE_PHONETIC, code)), 1.2f),
                            Occur.SHOULD);
                    any.add(new BoostQuery(new TermQuery(new Term(CatalogAnalysis.CATEGORY_PHONETIC, code)), 1.0f),
                            Occur.SHOULD);
                }
                // Typos are judged on the spoken word as well as on its stem ("sofer" stems to "sof").
                Set<String> typed = new LinkedHashSet<>(List.of(word.terms().get(0),
                        word.surface().toLowerCase(locale)));
                for (String term : typed) {
                    int edits = term.length() >= 5 ? 2 : term.length() == 4 ? 1 : 0;
                    if (edits > 0 && !Character.isDigit(term.charAt(0))) {
                        any.add(new BoostQuery(new FuzzyQuery(new Term(CatalogAnalysis.TITLE, term), edits, 1),
                                1.5f), Occur.SHOULD);
                        any.add(new BoostQuery(new FuzzyQuery(new Term(CatalogAnalysis.CATEGORY, term), edits, 1),
                                1.2f), Occur.SHOULD);
                    }
                }
            }
            all.add(any.build(), Occur.SHOULD);
        }
        all.setMinimumNumberShouldMatch(required);
        if (inDescription) {
            return all.build();
        }
        return new BooleanQuery.Builder()
                .add(all.build(), Occur.MUST)
                .add(description.build(), Occur.SHOULD)
                .build();
    }

    /** Tells whether no product has the term in a title, category, colour or brand, so it is likely misheard. */
    private boolean unknown(String term) {
        try {
            for (String field : FIELD_BOOSTS.keySet()) {
                if (searcher.getIndexReader().docFreq(new Term(field, term)) > 0) {
                    return false;
                }
            }
            return true;
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

    /** Returns a better spelling of the text from the catalog's titles and categories, or {@code null}. */
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
                    SuggestWord[] suggestions = spellChecker.suggestSimilar(new Term(CatalogAnalysis.SPELL, word), 1,
                            searcher.getIndexReader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                    if (suggestions.length > 0) {
                        replacement = suggestions[0].string;
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

    /** One spoken word after analysis: its index terms (first the word, then compound parts) and sound codes. */
    private record Analyzed(String surface, List<String> terms, List<String> phonetic) {
    }

    private List<Analyzed> analyze(String text) {
        List<Analyzed> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        try (TokenStream ts = analyzer.tokenStream(CatalogAnalysis.TITLE, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            String surface = null;
            List<String> terms = new ArrayList<>();
            while (ts.incrementToken()) {
                if (position.getPositionIncrement() > 0 && !terms.isEmpty()) {
                    words.add(new Analyzed(surface, List.copyOf(new LinkedHashSet<>(terms)), List.of()));
                    terms.clear();
                }
                if (terms.isEmpty()) {
                    surface = text.substring(offset.startOffset(), offset.endOffset());
                }
                terms.add(term.toString());
            }
            if (!terms.isEmpty()) {
                words.add(new Analyzed(surface, List.copyOf(new LinkedHashSet<>(terms)), List.of()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Analyzed> result = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Analyzed word = words.get(i);
            List<String> terms = new ArrayList<>(word.terms());
            // Spoken compounds come apart ("tea pot", "arm chair"): the joined neighbours count for both words.
            if (i > 0) {
                terms.addAll(joined(words.get(i - 1), word));
            }
            if (i + 1 < words.size()) {
                terms.addAll(joined(word, words.get(i + 1)));
            }
            result.add(new Analyzed(word.surface(), List.copyOf(new LinkedHashSet<>(terms)),
                    terms(CatalogAnalysis.TITLE_PHONETIC, word.surface())));
        }
        return result;
    }

    private List<String> joined(Analyzed first, Analyzed second) {
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
        doc.add(new TextField(CatalogAnalysis.TITLE_PHONETIC, product.title(), Field.Store.NO));
        doc.add(new TextField(CatalogAnalysis.SPELL, product.title(), Field.Store.NO));
        if (!product.category().isEmpty()) {
            doc.add(new TextField(CatalogAnalysis.CATEGORY, product.category(), Field.Store.NO));
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
