package com.shoptalk.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.InPlaceMergeSorter;

/**
 * The Lucene index of one catalog's products and the analysis that reads text the way the index does.
 *
 * <p>Writing and searching are apart: {@link #write} puts the index into any Lucene {@link Directory} (so it can be
 * built ahead and shipped), {@link #open} searches it read-only. Each product is stored in its index entry (as JSON,
 * {@link ProductCodec}) and read when a search or a lookup by id first needs it, then kept: opening an index costs
 * the same for a hundred products as for a hundred thousand.
 */
final class CatalogIndex {

  static final String ID = "id";
  static final String PRICE = "price";
  private static final String PRODUCT = "product";
  private static final Set<String> PRODUCT_ONLY = Set.of(PRODUCT);
  /**
   * Text fields keep which words a product has and how often, not where: no search asks for words in a row, and
   * scores depend on frequencies and field lengths only. Word positions were a quarter of the index.
   */
  private static final FieldType TEXT = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    TEXT.freeze();
  }

  /** The product details that say what a product looks like or is made of, in the feed languages. */
  private static final Set<String> LOOKS = Set.of("finish", "material", "color", "colour", "pattern", "oberfläche",
      "farbe", "muster");

  private final CatalogAnalysis.Fields analysis;
  private final Lexicon lexicon;
  private final IndexSearcher searcher;
  private final AtomicReferenceArray<Product> products;
  private final Map<String, KindByPrice> kindsByPrice = new ConcurrentHashMap<>();

  private CatalogIndex(CatalogAnalysis.Fields analysis, Lexicon lexicon, DirectoryReader reader) {
    this.analysis = analysis;
    this.lexicon = lexicon;
    this.searcher = new IndexSearcher(reader);
    this.products = new AtomicReferenceArray<>(reader.maxDoc());
  }

  /**
   * Writes the index of the products into a directory, in their order.
   *
   * @param locale    the locale of the products' texts
   * @param products  the products
   * @param summary   their summary, for the analysis's dictionary
   * @param directory an empty directory; it holds one committed segment afterwards
   */
  static void write(Locale locale, List<Product> products, CatalogSummary summary, Directory directory) {
    CatalogAnalysis.Fields analysis = CatalogAnalysis.forDictionary(locale, summary.dictionarySet());
    ProductKinds kinds = new ProductKinds(analysis, new Lexicon(Vocabulary.of(locale), analysis, locale), locale);
    // Merging neighbours only keeps the products in feed order: the index's order is the catalog's.
    // The products' data is stored deflated (read once per product, then kept): a smaller package to ship.
    IndexWriterConfig config = new IndexWriterConfig(analysis.analyzer()).setRAMBufferSizeMB(64)
        .setCodec(new Lucene912Codec(Lucene912Codec.Mode.BEST_COMPRESSION))
        .setMergePolicy(new LogDocMergePolicy()).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (Product product : products) {
        writer.addDocument(document(product, kinds.of(product), analysis.german()));
      }
      writer.forceMerge(1);
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Opens a written index read-only.
   *
   * @param locale    the locale the index was written with
   * @param summary   the summary it was written with
   * @param directory the directory {@link #write} wrote
   * @return the index
   */
  static CatalogIndex open(Locale locale, CatalogSummary summary, Directory directory) {
    CatalogAnalysis.Fields analysis = CatalogAnalysis.forDictionary(locale, summary.dictionarySet());
    try {
      return new CatalogIndex(analysis, new Lexicon(Vocabulary.of(locale), analysis, locale),
          DirectoryReader.open(directory));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the index into memory and opens it. */
  static CatalogIndex inMemory(Locale locale, List<Product> products, CatalogSummary summary) {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    write(locale, products, summary, directory);
    return open(locale, summary, directory);
  }

  /** Returns the number of products. */
  int size() {
    return products.length();
  }

  /** Returns the product of an index entry, read on first use. */
  Product product(int doc) {
    Product product = products.get(doc);
    if (product == null) {
      try {
        BytesRef bytes = searcher.storedFields().document(doc, PRODUCT_ONLY).getBinaryValue(PRODUCT);
        product = ProductCodec.decode(bytes.bytes, bytes.offset, bytes.length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      products.compareAndSet(doc, null, product);
      product = products.get(doc);
    }
    return product;
  }

  /** Finds a product by its id. */
  Optional<Product> byId(String id) {
    BytesRef term = new BytesRef(id);
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Terms terms = leaf.reader().terms(ID);
        TermsEnum found = terms == null ? null : terms.iterator();
        if (found != null && found.seekExact(term)) {
          int doc = found.postings(null, PostingsEnum.NONE).nextDoc();
          if (doc != DocIdSetIterator.NO_MORE_DOCS) {
            return Optional.of(product(leaf.docBase + doc));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.empty();
  }

  /** Returns all products in the catalog's order, each read when first asked for. */
  List<Product> products() {
    return new AllProducts();
  }

  boolean german() {
    return analysis.german();
  }

  CatalogAnalysis.Fields analysis() {
    return analysis;
  }

  Lexicon lexicon() {
    return lexicon;
  }

  IndexReader reader() {
    return searcher.getIndexReader();
  }

  /**
   * Runs a query with an optional filter and returns the products in the given order.
   *
   * @param query  the scoring query
   * @param filter a non-scoring filter, or {@code null}
   * @param sort   the order
   * @param max    the most products to return
   * @return the products, best first
   */
  List<Product> search(Query query, Query filter, Sort sort, int max) {
    return products(top(query, filter, sort, max));
  }

  /**
   * Runs a query with an optional filter and returns the index entries of the products in the given order, without
   * reading the products.
   *
   * @param query  the scoring query
   * @param filter a non-scoring filter, or {@code null}
   * @param sort   the order
   * @param max    the most entries to return
   * @return the entries, best first
   */
  int[] top(Query query, Query filter, Sort sort, int max) {
    Query full = filtered(query, filter);
    try {
      return entries(switch (sort) {
        case RELEVANCE -> searcher.search(full, max);
        case PRICE_ASCENDING, PRICE_DESCENDING -> searcher.search(full, max,
            new org.apache.lucene.search.Sort(
                new SortField(PRICE, SortField.Type.LONG, sort == Sort.PRICE_DESCENDING), SortField.FIELD_SCORE));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs a query whose matches all score alike (one term of an untokenized field) with an optional filter and returns
   * the index entries of the first by price, without reading the products or scoring them.
   *
   * @param query  the query
   * @param filter a non-scoring filter, or {@code null}
   * @param sort   {@link Sort#PRICE_ASCENDING} or {@link Sort#PRICE_DESCENDING}
   * @param max    the most entries to return
   * @return the entries, in that order (products of one price in the index's order)
   */
  int[] topByPrice(Query query, Query filter, Sort sort, int max) {
    if (sort == Sort.RELEVANCE) {
      throw new IllegalArgumentException("not an order by price");
    }
    org.apache.lucene.search.Sort byPrice = new org.apache.lucene.search.Sort(
        new SortField(PRICE, SortField.Type.LONG, sort == Sort.PRICE_DESCENDING));
    try {
      return entries(searcher.search(filtered(query, filter),
          new TopFieldCollectorManager(byPrice, max, null, Integer.MAX_VALUE)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The query, restricted by a non-scoring filter when there is one. */
  private static Query filtered(Query query, Query filter) {
    return filter == null ? query : new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
  }

  /** The index entries of the hits, in their order. */
  private static int[] entries(TopDocs top) {
    int[] docs = new int[top.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = top.scoreDocs[i].doc;
    }
    return docs;
  }

  /**
   * Returns the index entries of the first products of one kind by price within a price range, as {@link #topByPrice}
   * finds them for the kind's term and the range, without a search.
   *
   * <p>A search for the few most expensive products of a kind visits every product of the kind within the price
   * (Lucene cannot skip by price among a kind's entries): for the answers that take turns between about 30 kinds, a
   * search each, that was nearly all of a gift search. Instead the kind's entries are put in order of price once, on
   * first use (an int and a long per entry), and the answer is read off that order.
   *
   * @param kindKey    the kind's key ({@link CatalogAnalysis#KIND_KEY})
   * @param minCents   the lowest price, in cents
   * @param maxCents   the highest price, in cents
   * @param allowed    the entries the query's other constraints allow, or {@code null} for all
   * @param descending whether the most expensive come first
   * @param max        the most entries to return
   * @return the entries, in that order (products of one price in the index's order)
   */
  int[] topOfKindByPrice(String kindKey, long minCents, long maxCents, Bits allowed, boolean descending, int max) {
    return kindsByPrice.computeIfAbsent(kindKey, this::kindByPrice).top(minCents, maxCents, allowed, descending, max);
  }

  /** Returns the entries that match a non-scoring filter, as a search with it sees them (deleted entries aside). */
  Bits matching(Query filter) {
    FixedBitSet matching = new FixedBitSet(size());
    try {
      Weight weight = searcher.createWeight(searcher.rewrite(new ConstantScoreQuery(filter)),
          ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        DocIdSetIterator docs = scorer.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          matching.set(leaf.docBase + doc);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return matching;
  }

  private KindByPrice kindByPrice(String kindKey) {
    BytesRef term = new BytesRef(kindKey);
    int[] docs = new int[16];
    long[] prices = new long[16];
    int count = 0;
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Terms terms = leaf.reader().terms(CatalogAnalysis.KIND_KEY);
        TermsEnum found = terms == null ? null : terms.iterator();
        if (found == null || !found.seekExact(term)) {
          continue;
        }
        PostingsEnum postings = found.postings(null, PostingsEnum.NONE);
        NumericDocValues price = DocValues.getNumeric(leaf.reader(), PRICE);
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          if (count == docs.length) {
            docs = Arrays.copyOf(docs, count * 2);
            prices = Arrays.copyOf(prices, count * 2);
          }
          docs[count] = leaf.docBase + doc;
          // Every entry has a price (document()); a sort by price would count a missing one as 0.
          prices[count] = price.advanceExact(doc) ? price.longValue() : 0;
          count++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new KindByPrice(Arrays.copyOf(docs, count), Arrays.copyOf(prices, count));
  }

  /** Returns the products of index entries, in their order. */
  List<Product> products(int[] docs) {
    List<Product> found = new ArrayList<>(docs.length);
    for (int doc : docs) {
      found.add(product(doc));
    }
    return found;
  }

  /** Returns how many products hold a term in a field. */
  int docFreq(String field, String term) {
    try {
      return searcher.getIndexReader().docFreq(new Term(field, term));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Tells whether any product holds the term in one of the fields. */
  boolean contains(String term, Collection<String> fields) {
    return fields.stream().anyMatch(field -> docFreq(field, term) > 0);
  }

  /** Returns the terms the analysis of a field makes of a text. */
  List<String> terms(String field, String text) {
    return analysis.terms(field, text);
  }

  /** Returns an amount in whole cents, as prices are indexed. */
  static long cents(BigDecimal amount, RoundingMode rounding) {
    return amount.movePointRight(2).setScale(0, rounding).longValueExact();
  }

  private static Document document(Product product, ProductKinds.Kinds kinds, boolean german) {
    Document doc = new Document();
    doc.add(new StringField(ID, product.id(), Field.Store.NO));
    doc.add(new StoredField(PRODUCT, ProductCodec.encode(product)));
    // Title and category are separate values, so that the vocabulary never reads them as one phrase.
    doc.add(new Field(CatalogAnalysis.KIND, kinds.titleHead(), TEXT));
    doc.add(new Field(CatalogAnalysis.KIND, kinds.categoryHead(), TEXT));
    doc.add(new Field(CatalogAnalysis.KIND_TITLE, kinds.titleHead(), TEXT));
    doc.add(new Field(CatalogAnalysis.KIND_PARTS, kinds.titlePhrase(), TEXT));
    doc.add(new Field(CatalogAnalysis.KIND_PARTS, kinds.categoryPhrase(), TEXT));
    if (kinds.kind() != null) {
      doc.add(new StringField(CatalogAnalysis.GROUP, kinds.kind().group().name(), Field.Store.NO));
      doc.add(new StringField(CatalogAnalysis.KIND_KEY, kinds.kind().key(), Field.Store.NO));
    }
    doc.add(new Field(CatalogAnalysis.TITLE, product.title(), TEXT));
    doc.add(new Field(CatalogAnalysis.TITLE_OWN, product.title(), TEXT));
    if (german) {
      doc.add(new Field(CatalogAnalysis.TITLE_PARTS, product.title(), TEXT));
    }
    doc.add(new Field(CatalogAnalysis.TITLE_PHONETIC, product.title(), TEXT));
    doc.add(new Field(CatalogAnalysis.SPELL, product.title(), TEXT));
    if (!product.category().isEmpty()) {
      doc.add(new Field(CatalogAnalysis.CATEGORY, product.category(), TEXT));
      if (german) {
        doc.add(new Field(CatalogAnalysis.CATEGORY_PARTS, product.category(), TEXT));
      }
      doc.add(new Field(CatalogAnalysis.CATEGORY_PHONETIC, product.category(), TEXT));
      doc.add(new Field(CatalogAnalysis.SPELL, product.category(), TEXT));
    }
    for (String color : product.colors()) {
      doc.add(new Field(CatalogAnalysis.COLOR, color, TEXT));
    }
    if (product.brand() != null) {
      doc.add(new Field(CatalogAnalysis.BRAND, product.brand(), TEXT));
    }
    // Materials, pattern and finish describe a product like its colour; highlights only rank, like the description.
    for (String material : product.materials()) {
      doc.add(new Field(CatalogAnalysis.MATERIAL, material, TEXT));
    }
    if (!product.pattern().isEmpty()) {
      doc.add(new Field(CatalogAnalysis.MATERIAL, product.pattern(), TEXT));
    }
    for (ProductFacts.Detail detail : product.details()) {
      if (LOOKS.contains(detail.attribute().toLowerCase(Locale.ROOT))) {
        doc.add(new Field(CatalogAnalysis.MATERIAL, detail.value(), TEXT));
      }
    }
    doc.add(new Field(CatalogAnalysis.DESCRIPTION, product.description(), TEXT));
    for (String highlight : product.highlights()) {
      doc.add(new Field(CatalogAnalysis.DESCRIPTION, highlight, TEXT));
    }
    long price = cents(product.effectivePrice().amount(), RoundingMode.HALF_UP);
    doc.add(new LongPoint(PRICE, price));
    doc.add(new NumericDocValuesField(PRICE, price));
    return doc;
  }

  /** The index entries of one kind, cheapest first, entries of one price in index order. */
  private static final class KindByPrice {
    private final int[] docs;
    private final long[] prices;

    /** @param docs entries in index order, {@code prices} theirs; both are put in order of price */
    KindByPrice(int[] docs, long[] prices) {
      this.docs = docs;
      this.prices = prices;
      // Stable: entries of one price keep the index's order.
      new InPlaceMergeSorter() {
        @Override
        protected int compare(int i, int j) {
          return Long.compare(prices[i], prices[j]);
        }

        @Override
        protected void swap(int i, int j) {
          int doc = docs[i];
          docs[i] = docs[j];
          docs[j] = doc;
          long price = prices[i];
          prices[i] = prices[j];
          prices[j] = price;
        }
      }.sort(0, docs.length);
    }

    int[] top(long minCents, long maxCents, Bits allowed, boolean descending, int max) {
      int[] top = new int[Math.min(max, docs.length)];
      int count = 0;
      if (descending) {
        // From the most expensive within the range down, a price at a time: of one price the first in index order.
        int end = maxCents == Long.MAX_VALUE ? docs.length : firstAtLeast(maxCents + 1, docs.length);
        while (end > 0 && count < max && prices[end - 1] >= minCents) {
          int start = firstAtLeast(prices[end - 1], end);
          for (int i = start; i < end && count < max; i++) {
            if (allowed == null || allowed.get(docs[i])) {
              top[count++] = docs[i];
            }
          }
          end = start;
        }
      } else {
        for (int i = firstAtLeast(minCents, docs.length); i < docs.length && prices[i] <= maxCents && count < max;
            i++) {
          if (allowed == null || allowed.get(docs[i])) {
            top[count++] = docs[i];
          }
        }
      }
      return count == top.length ? top : Arrays.copyOf(top, count);
    }

    /** Returns the first position before {@code end} whose price is at least {@code cents}, else {@code end}. */
    private int firstAtLeast(long cents, int end) {
      int low = 0;
      int high = end;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (prices[middle] < cents) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      return low;
    }
  }

  /** The products in index order, read on first use. */
  private final class AllProducts extends AbstractList<Product> implements RandomAccess {
    @Override
    public Product get(int index) {
      return product(Objects.checkIndex(index, size()));
    }

    @Override
    public int size() {
      return CatalogIndex.this.size();
    }
  }
}
