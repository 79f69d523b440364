package com.shoptalk.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Names an index term in the catalog's own words ("bedding" for the term {@code bedding}, "Tische" for {@code tisch}),
 * for answers that say what was searched instead: the word as a product title, else a category, writes it, else as
 * the vocabulary names the kind, else the term itself.
 */
final class Wording {

  private final CatalogIndex index;
  private final Locale locale;
  private final Map<String, String> cache = new ConcurrentHashMap<>();

  Wording(CatalogIndex index, Locale locale) {
    this.index = index;
    this.locale = locale;
  }

  /** Returns the catalog's word for a term. */
  String of(String term) {
    return cache.computeIfAbsent(term, this::find);
  }

  private String find(String term) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    any.add(new TermQuery(new Term(CatalogAnalysis.CATEGORY, term)), Occur.SHOULD);
    any.add(new TermQuery(new Term(CatalogAnalysis.TITLE, term)), Occur.SHOULD);
    for (Product product : index.search(any.build(), null, Sort.RELEVANCE, 5)) {
      for (String text : List.of(product.title(), product.category())) {
        for (CatalogAnalysis.Token token : index.analysis().tokens(CatalogAnalysis.TITLE, text)) {
          if (token.terms().get(0).equals(term) && token.surface().chars().allMatch(Character::isLetter)) {
            return index.german() ? token.surface() : token.surface().toLowerCase(locale);
          }
        }
      }
    }
    Lexicon.Kind kind = index.lexicon().kind(List.of(term));
    return kind != null ? kind.display() : term;
  }
}
