package com.shoptalk.catalog;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The shopper vocabulary of {@code catalog/synonyms-<language>.txt}, in Solr synonym format, read into the
 * {@link SynonymMap} that Lucene's {@link org.apache.lucene.analysis.synonym.SynonymGraphFilter} applies.
 */
final class ShopperSynonyms {

  private ShopperSynonyms() {
  }

  /** Returns every word and phrase of the locale's shopper vocabulary file, for spelling. */
  static List<String> words(Locale locale) {
    List<String> words = new ArrayList<>();
    for (String line : CatalogResources.content(resource(locale))) {
      words.addAll(List.of(line.split("=>|,")));
    }
    return words;
  }

  /** Returns the resource of a locale's shopper vocabulary. */
  static String resource(Locale locale) {
    return NumberWords.isGerman(locale) ? "/catalog/synonyms-de.txt" : "/catalog/synonyms-en.txt";
  }

  /**
   * Reads a shopper vocabulary in Solr synonym format, its words analyzed like the catalog text the rules apply to.
   *
   * @param resource the classpath resource
   * @param words    the analysis of catalog text up to where the rules apply
   * @return the rules
   */
  static SynonymMap read(String resource, Function<Tokenizer, TokenStream> words) {
    Analyzer analyzer = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, words.apply(source));
      }
    };
    try {
      SolrSynonymParser parser = new SolrSynonymParser(true, false, analyzer);
      parser.parse(new StringReader(String.join("\n", CatalogResources.lines(resource))));
      return parser.build();
    } catch (IOException | ParseException e) {
      throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }
}
