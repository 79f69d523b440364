package com.shoptalk.catalog;

import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;

/**
 * Finds the products that match a query: by kind of product and the words that describe it, or, for a query that
 * names no kind, by its words in tiers from strict to loose.
 *
 * <p>A product matches a word in its title, category, colour or brand; a German compound matches by its head.
 * Descriptions only rank. Without a kind, with fewer than three products matching every word as spoken, words the
 * catalog does not know may match by sound or despite a typo; and for German, as a last resort, a word may match as
 * the first part of a compound ("Samt" in "Samtsessel").
 */
final class ProductMatcher {

  /** Below this many matches the search widens to phonetic and fuzzy matching. */
  private static final int FEW = 3;
  /** Shorter sound codes are shared by too many unrelated words to count as a match. */
  private static final int MIN_SOUND_CODE = 3;
  private static final float DESCRIPTION_BOOST = 0.3f;
  private static final float LITERAL_BOOST = 3.0f;
  private static final Map<String, Float> FIELD_BOOSTS = Map.of(
      CatalogAnalysis.TITLE, 3.0f,
      CatalogAnalysis.CATEGORY, 2.5f,
      CatalogAnalysis.COLOR, 1.5f,
      CatalogAnalysis.BRAND, 1.5f,
      CatalogAnalysis.MATERIAL, 1.2f);

  /** How loosely the words of a query may match, tried in this order. */
  private enum Tier {
    /** Words as spoken, compounds by their head. */
    EXACT,
    /** Also words the catalog does not know, by sound or with a typo. */
    BY_SOUND,
    /** Also any part of a compound in a title or category. */
    ANY_PART
  }

  private final CatalogIndex index;
  private final SpokenWords words;
  private final Locale locale;

  ProductMatcher(CatalogIndex index, SpokenWords words, Locale locale) {
    this.index = index;
    this.words = words;
    this.locale = locale;
  }

  /**
   * Finds the products for a query.
   *
   * @param query   the query, for its constraints and order
   * @param spoken  the query's analyzed words
   * @param bySound whether unknown words may match by sound or with a typo
   * @return the products, best first, at most {@link Catalog#MAX_RESULTS}
   */
  List<Product> find(SearchQuery query, List<SpokenWords.Word> spoken, boolean bySound) {
    Query filter = filter(query);
    if (spoken.isEmpty()) {
      return index.products(top(new MatchAllDocsQuery(), filter, query.sort()));
    }
    // Index entries, not products, until the answer's are known: a product is read only when it is answered.
    LinkedHashSet<Integer> found = new LinkedHashSet<>();
    int all = spoken.size();
    add(found, top(wordsQuery(spoken, Tier.EXACT, all), filter, query.sort()));
    boolean misheard = spoken.stream().anyMatch(w -> !words.known(w));
    if (found.size() < FEW && misheard && bySound) {
      add(found, top(wordsQuery(spoken, Tier.BY_SOUND, all), filter, query.sort()));
    }
    if (found.isEmpty() && index.german()) {
      // Last resort before broadening: a word as the first part of a compound ("Kissen" in "Kissenbezug").
      add(found, top(wordsQuery(spoken, Tier.ANY_PART, all), filter, query.sort()));
    }
    return index.products(found.stream().limit(Catalog.MAX_RESULTS).mapToInt(Integer::intValue).toArray());
  }

  private static void add(Set<Integer> found, int[] docs) {
    for (int doc : docs) {
      found.add(doc);
    }
  }

  private List<Product> run(Query query, Query filter, Sort sort) {
    return index.search(query, filter, sort, Catalog.MAX_RESULTS);
  }

  private int[] top(Query query, Query filter, Sort sort) {
    return index.top(query, filter, sort, Catalog.MAX_RESULTS);
  }

  /**
   * Finds the products of a kind that match every required clause; optional clauses and the description rank.
   *
   * @param query    the query, for its constraints and order
   * @param kind     the kind's terms
   * @param parts    whether the kind may be any word of a product's kind ("pillow" of "pillow cover"), not its head
   * @param required clauses every product must match (see {@link #word}, {@link #parts}, {@link #sound})
   * @param optional clauses that only rank
   * @return the products, best first
   */
  List<Product> byKind(SearchQuery query, Collection<String> kind, boolean parts, List<Query> required,
      List<Query> optional) {
    if (!parts) {
      // What a product's own title says it is comes first: a "Kommode" query finds the Kommoden, not the
      // built-in closet the shop files under Kommoden; only without those, what the categories say.
      List<Product> byTitle = byKind(query, kind, CatalogAnalysis.KIND_TITLE, required, optional);
      if (!byTitle.isEmpty()) {
        return byTitle;
      }
    }
    return byKind(query, kind, parts ? CatalogAnalysis.KIND_PARTS : CatalogAnalysis.KIND, required, optional);
  }

  private List<Product> byKind(SearchQuery query, Collection<String> kind, String field, List<Query> required,
      List<Query> optional) {
    BooleanQuery.Builder isKind = new BooleanQuery.Builder();
    BooleanQuery.Builder byTitle = new BooleanQuery.Builder();
    for (String term : kind) {
      isKind.add(new TermQuery(new Term(field, term)), Occur.SHOULD);
      byTitle.add(boosted(CatalogAnalysis.KIND_TITLE, term, 2f), Occur.SHOULD);
    }
    BooleanQuery.Builder full = new BooleanQuery.Builder().add(isKind.build(), Occur.MUST)
        .add(byTitle.build(), Occur.SHOULD);
    required.forEach(clause -> full.add(clause, Occur.MUST));
    optional.forEach(clause -> full.add(new BoostQuery(clause, 0.5f), Occur.SHOULD));
    return run(full.build(), filter(query), query.sort());
  }

  /**
   * Finds products of any of several kinds within the query's constraints, most expensive first unless the query
   * asks for another order.
   */
  List<Product> ofKinds(SearchQuery query, Collection<String> kinds) {
    return withAny(query, CatalogAnalysis.KIND, kinds, null);
  }

  /** Returns the clause a word makes a product match with: its title, category, colour or brand, or parts there. */
  Query word(SpokenWords.Word word) {
    if (!index.german()) {
      return strict(word, false);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder().add(strict(word, false), Occur.SHOULD);
    any.add(parts(word.terms()), Occur.SHOULD);
    return any.build();
  }

  /** Returns the clause for any of the terms as a part of a German compound in a title or category. */
  Query parts(Collection<String> terms) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String term : terms) {
      any.add(boosted(CatalogAnalysis.TITLE_PARTS, term, 1.0f), Occur.SHOULD);
      any.add(boosted(CatalogAnalysis.CATEGORY_PARTS, term, 0.8f), Occur.SHOULD);
    }
    return any.build();
  }

  /** Returns the clause for a word that sounds like, or is a typo of, a word of a title or category. */
  Query sound(SpokenWords.Word word) {
    return strict(word, true);
  }

  /** Returns the clause that ranks products by the words: as spoken in the title first, then in the description. */
  Query relevance(List<SpokenWords.Word> spoken) {
    return new BooleanQuery.Builder().add(description(spoken), Occur.SHOULD).add(literal(spoken), Occur.SHOULD)
        .build();
  }

  /**
   * Finds products with any of several terms in a field (a group, a kind) within the query's constraints: the best
   * match of a ranking clause first, or without one the most expensive first unless the query asks for another
   * order.
   */
  List<Product> withAny(SearchQuery query, String field, Collection<String> terms, Query ranking) {
    return index.products(entriesWithAny(query, field, terms, ranking));
  }

  /** Returns the index entries of the products {@link #withAny} finds, without reading the products. */
  int[] entriesWithAny(SearchQuery query, String field, Collection<String> terms, Query ranking) {
    return entriesWithAny(query, field, terms, ranking, Catalog.MAX_RESULTS);
  }

  /** Returns the first {@code max} index entries {@link #withAny} finds, without reading the products. */
  int[] entriesWithAny(SearchQuery query, String field, Collection<String> terms, Query ranking, int max) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    terms.forEach(term -> any.add(new TermQuery(new Term(field, term)), Occur.SHOULD));
    if (ranking == null) {
      Sort sort = query.sort() == Sort.RELEVANCE ? Sort.PRICE_DESCENDING : query.sort();
      // One term of an untokenized field scores all its products alike: price alone orders them.
      boolean untokenized = field.equals(CatalogAnalysis.GROUP) || field.equals(CatalogAnalysis.KIND_KEY);
      return untokenized && terms.size() == 1 ? index.topByPrice(any.build(), filter(query), sort, max)
          : index.top(any.build(), filter(query), sort, max);
    }
    Query full = new BooleanQuery.Builder().add(new ConstantScoreQuery(any.build()), Occur.MUST)
        .add(ranking, Occur.SHOULD).build();
    return index.top(full, filter(query), query.sort(), max);
  }

  /** Returns the products of index entries, in their order. */
  List<Product> products(int[] entries) {
    return index.products(entries);
  }

  /** Returns the clause that ranks products whose titles use the words as spoken, not only their synonyms. */
  Query literal(List<SpokenWords.Word> spoken) {
    BooleanQuery.Builder literal = new BooleanQuery.Builder();
    spoken.stream().map(SpokenWords.Word::surface).distinct()
        .flatMap(surface -> index.terms(CatalogAnalysis.TITLE_OWN, surface).stream())
        .forEach(term -> literal.add(boosted(CatalogAnalysis.TITLE_OWN, term, LITERAL_BOOST), Occur.SHOULD));
    return literal.build();
  }

  /** Returns the clause that ranks products whose descriptions mention the words. */
  Query description(List<SpokenWords.Word> spoken) {
    BooleanQuery.Builder description = new BooleanQuery.Builder();
    for (SpokenWords.Word word : spoken) {
      for (String term : word.spokenTerms()) {
        description.add(boosted(CatalogAnalysis.DESCRIPTION, term, DESCRIPTION_BOOST), Occur.SHOULD);
      }
    }
    return description.build();
  }

  /**
   * Builds a query that needs {@code required} of the words, each matching in a weighted field.
   *
   * <p>Descriptions only add to the score: a sofa mentioned in a pillow cover's description does not make the
   * pillow cover a sofa. With several words, all but one may match as the first part of a compound ("Wein" in
   * "Glas für Wein" matches "Weinglas"), as long as one word matches a title, category, colour or brand.
   */
  private Query wordsQuery(List<SpokenWords.Word> spoken, Tier tier, int required) {
    BooleanQuery.Builder each = new BooleanQuery.Builder();
    BooleanQuery.Builder anyStrict = new BooleanQuery.Builder();
    BooleanQuery.Builder description = new BooleanQuery.Builder();
    for (SpokenWords.Word word : spoken) {
      Query strict = strict(word, tier != Tier.EXACT && !words.known(word));
      anyStrict.add(strict, Occur.SHOULD);
      BooleanQuery.Builder loose = new BooleanQuery.Builder().add(strict, Occur.SHOULD);
      if (index.german() && (spoken.size() > 1 || tier == Tier.ANY_PART)) {
        for (String term : word.terms()) {
          loose.add(boosted(CatalogAnalysis.TITLE_PARTS, term, 1.0f), Occur.SHOULD);
          loose.add(boosted(CatalogAnalysis.CATEGORY_PARTS, term, 0.8f), Occur.SHOULD);
        }
      }
      if (tier == Tier.ANY_PART) {
        for (String head : word.heads()) {
          loose.add(boosted(CatalogAnalysis.TITLE, head, 0.6f), Occur.SHOULD);
        }
      }
      each.add(loose.build(), Occur.SHOULD);
      for (String term : word.allTerms()) {
        description.add(boosted(CatalogAnalysis.DESCRIPTION, term, DESCRIPTION_BOOST), Occur.SHOULD);
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
   * Builds the query for one word in the title, category, colour and brand fields: the word itself, a compound by
   * its head and first part, and when {@code bySound} also words that sound alike or differ by a typo.
   */
  private Query strict(SpokenWords.Word word, boolean bySound) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String term : word.terms()) {
      FIELD_BOOSTS.forEach((field, boost) -> any.add(boosted(field, term, boost), Occur.SHOULD));
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
        any.add(boosted(CatalogAnalysis.TITLE_PHONETIC, code, 0.5f), Occur.SHOULD);
        any.add(boosted(CatalogAnalysis.CATEGORY_PHONETIC, code, 0.4f), Occur.SHOULD);
      }
      // Typos are judged on the word as spoken ("sofer", whose stem "sof" is too short) against the titles' words:
      // the words of the titles compared one by one (Typos).
      String typed = index.german() ? GermanDictionary.normalize(word.surface()) : word.surface().toLowerCase(locale);
      int edits = typed.length() >= 5 ? 2 : typed.length() == 4 ? 1 : 0;
      if (edits > 0 && !Character.isDigit(typed.charAt(0)) && typed.chars().allMatch(Character::isLetter)) {
        any.add(new BoostQuery(new Typos.Query(new Term(CatalogAnalysis.TITLE, typed), edits, 1), 1.5f),
            Occur.SHOULD);
      }
    }
    return any.build();
  }

  private static Query boosted(String field, String term, float boost) {
    return new BoostQuery(new TermQuery(new Term(field, term)), boost);
  }

  /**
   * Returns what finds the first products of single kinds by price within a query's constraints: for a kind key, the
   * same entries as {@link #entriesWithAny} without a ranking, but without a search per kind (see
   * {@link CatalogIndex#topOfKindByPrice}).
   */
  KindsByPrice kindsByPrice(SearchQuery query) {
    BooleanQuery.Builder others = new BooleanQuery.Builder();
    Bits allowed = addOthers(query, others) ? index.matching(others.build()) : null;
    long min = minCents(query);
    long max = maxCents(query);
    boolean descending = query.sort() != Sort.PRICE_ASCENDING; // as entriesWithAny: by relevance is by price
    return (kindKey, most) -> index.topOfKindByPrice(kindKey, min, max, allowed, descending, most);
  }

  /** The first products of single kinds by price within a query's constraints. */
  @FunctionalInterface
  interface KindsByPrice {
    /** Returns the index entries of the first {@code max} products of a kind. */
    int[] ofKind(String kindKey, int max);
  }

  /** Returns the non-scoring filter for the query's price range, colour and brand, or {@code null}. */
  Query filter(SearchQuery query) {
    BooleanQuery.Builder filter = new BooleanQuery.Builder();
    boolean any = false;
    if (query.minPrice() != null || query.maxPrice() != null) {
      long min = minCents(query);
      long max = maxCents(query);
      // Beside few products of a kind, their prices are checked one by one rather than all prices looked up.
      filter.add(new IndexOrDocValuesQuery(LongPoint.newRangeQuery(CatalogIndex.PRICE, min, max),
          NumericDocValuesField.newSlowRangeQuery(CatalogIndex.PRICE, min, max)), Occur.FILTER);
      any = true;
    }
    any |= addOthers(query, filter);
    return any ? filter.build() : null;
  }

  private static long minCents(SearchQuery query) {
    return query.minPrice() == null ? 0 : CatalogIndex.cents(query.minPrice(), RoundingMode.CEILING);
  }

  private static long maxCents(SearchQuery query) {
    return query.maxPrice() == null ? Long.MAX_VALUE : CatalogIndex.cents(query.maxPrice(), RoundingMode.FLOOR);
  }

  /** Adds the filters for the query's colour and brand; tells whether there were any. */
  private boolean addOthers(SearchQuery query, BooleanQuery.Builder filter) {
    boolean any = false;
    if (query.color() != null) {
      // A colour word in the title or finish counts too: "Gold Coffee Table" whose feed colour is the table top's.
      filter.add(allTerms(query.color(), CatalogAnalysis.COLOR, CatalogAnalysis.TITLE, CatalogAnalysis.MATERIAL),
          Occur.FILTER);
      any = true;
    }
    if (query.brand() != null) {
      filter.add(allTerms(query.brand(), CatalogAnalysis.BRAND), Occur.FILTER);
      any = true;
    }
    return any;
  }

  private Query allTerms(String text, String... fields) {
    List<SpokenWords.Word> spoken = words.analyze(text);
    if (spoken.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (SpokenWords.Word word : spoken) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String field : fields) {
        any.add(new TermQuery(new Term(field, word.terms().get(0))), Occur.SHOULD);
      }
      all.add(any.build(), Occur.MUST);
    }
    return all.build();
  }
}
