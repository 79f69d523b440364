package com.shoptalk.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The dictionary Lucene's {@link org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter} splits German
 * compounds with: a short list of common nouns ({@code catalog/german-nouns.txt}), the shopper vocabulary's nouns and
 * the catalog's own capitalized words.
 */
final class GermanDictionary {

  private static final Pattern CAPITALIZED_WORD = Pattern.compile("\\b\\p{Lu}\\p{Ll}{2,}\\b");
  private static final List<String> COMMON_GERMAN_NOUNS = CatalogResources.content("/catalog/german-nouns.txt");
  private static final Analyzer GERMAN_NORMALIZER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new KeywordTokenizer();
      return new TokenStreamComponents(source, new GermanNormalizationFilter(new LowerCaseFilter(source)));
    }
  };

  private GermanDictionary() {
  }

  /**
   * Builds the dictionary for German compound splitting from the catalog's own nouns and common German nouns.
   *
   * <p>German nouns are capitalized, so capitalized words of titles, categories and descriptions, and the
   * parts of hyphenated words, make a dictionary that needs no maintenance per catalog.
   *
   * @param texts      the catalog's titles, categories and descriptions
   * @param vocabulary the shopper vocabulary's words; its nouns join the dictionary also without their plural
   *                   ending ("Lampen" splits "Tischlampe" as "Lampe" does)
   * @return the normalized, lower-case dictionary words
   */
  static CharArraySet of(Collection<String> texts, Collection<String> vocabulary) {
    CharArraySet words = new CharArraySet(4096, false);
    CharArraySet stop = GermanAnalyzer.getDefaultStopSet();
    for (String noun : COMMON_GERMAN_NOUNS) {
      words.add(normalize(noun));
    }
    GermanLightStemmer stemmer = new GermanLightStemmer();
    for (String word : vocabulary) {
      String normal = normalize(word);
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && normal.length() > CatalogAnalysis.MIN_SUBWORD
          && !stop.contains(normal)) {
        words.add(normal);
        char[] chars = normal.toCharArray();
        int stemmed = stemmer.stem(chars, chars.length);
        if (stemmed > CatalogAnalysis.MIN_SUBWORD) {
          words.add(new String(chars, 0, stemmed));
        }
      }
    }
    for (String text : texts) {
      Matcher m = CAPITALIZED_WORD.matcher(text);
      while (m.find()) {
        String word = m.group().toLowerCase(Locale.GERMAN);
        if (word.length() > CatalogAnalysis.MIN_SUBWORD && !stop.contains(word)) {
          words.add(normalize(word));
        }
      }
    }
    return words;
  }

  /** Lower-cases and normalizes a German word the way the analysis does before splitting compounds. */
  static String normalize(String word) {
    try (TokenStream ts = GERMAN_NORMALIZER.tokenStream("", word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String result = ts.incrementToken() ? term.toString() : "";
      ts.end();
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
