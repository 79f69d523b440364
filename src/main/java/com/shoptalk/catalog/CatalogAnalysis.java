package com.shoptalk.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.codec.language.ColognePhonetic;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.phonetic.DoubleMetaphoneFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.phonetic.PhoneticFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The per-locale Lucene analysis of catalog text: stemming, shopper vocabulary, German compounds, numbers and
 * phonetics.
 *
 * <p>The shopper vocabulary ({@code catalog/synonyms-<language>.txt}) is applied with Lucene's
 * {@link SynonymGraphFilter} to catalog text and queries alike: "couch" becomes "sofa" on both sides, and a
 * "comforter" is also "bedding". German compounds are split with a dictionary. The title, category, colour,
 * brand and kind fields keep only the head of a compound ("Samtsessel" is found as "Sessel"); the
 * {@code *_parts} fields and the description keep every part ("Samt" too), for multi-word queries ("Sessel aus
 * Samt"), ranking and the last resort.
 */
final class CatalogAnalysis {

  static final String TITLE = "title";
  static final String CATEGORY = "category";
  static final String COLOR = "color";
  static final String BRAND = "brand";
  /** What the product is made of and how it looks: the feed's materials, pattern and finish. */
  static final String MATERIAL = "material";
  static final String DESCRIPTION = "description";
  static final String TITLE_PARTS = "title_parts";
  static final String CATEGORY_PARTS = "category_parts";
  static final String TITLE_PHONETIC = "title_ph";
  static final String CATEGORY_PHONETIC = "category_ph";
  static final String SPELL = "spell";
  /** What a product is: the head of its title's kind ("chair" of "Abigail Lounge Chair") and of its category. */
  static final String KIND = "kind";
  /** The head of the title's kind alone, which ranks above a kind only the category names. */
  static final String KIND_TITLE = "kind_title";
  /** Every word of the product's kind phrases ("pillow" and "cover" of "Pillow Cover"; "Kissen" of "Kissenbezug"). */
  static final String KIND_PARTS = "kind_parts";
  /** The vocabulary's group of kinds the product is of, as one term ("seating"). */
  static final String GROUP = "group";
  /** The vocabulary's kind the product is of, as one term (its index terms, "lounge chair"). */
  static final String KIND_KEY = "kind_key";
  /** The title's words as written, without the shopper vocabulary: products named as the shopper said rank first. */
  static final String TITLE_OWN = "title_own";

  /** The shortest part of a German compound. */
  static final int MIN_SUBWORD = 3;
  /**
   * The {@code -es} plurals after sibilants ("glasses", "benches", "boxes"), which Lucene's English minimal stemmer
   * leaves as "glasse": the ending goes before that stemmer runs.
   */
  private static final Pattern SIBILANT_PLURAL = Pattern.compile("^(?=.{5,}$)(.*(?:ss|sh|ch|x|zz))es$");
  /** The plurals in {@code -ees} and {@code -oes} ("trees", "shoes"), which the minimal stemmer keeps as they are. */
  private static final Pattern VOWEL_E_PLURAL = Pattern.compile("^(.{2,}(?:ee|oe))s$");
  private static final SynonymMap ENGLISH_SYNONYMS = ShopperSynonyms.read("/catalog/synonyms-en.txt",
      CatalogAnalysis::englishWords);
  private static final SynonymMap GERMAN_SYNONYMS = ShopperSynonyms.read("/catalog/synonyms-de.txt",
      CatalogAnalysis::germanWords);
  private CatalogAnalysis() {
  }

  /**
   * The analysis of one catalog's fields.
   *
   * @param analyzer  picks the chain by field name
   * @param german    whether the catalog is German (compounds, Cologne phonetics)
   * @param stopWords the stop words of the locale's text analysis
   */
  record Fields(Analyzer analyzer, boolean german, CharArraySet stopWords) {

    /** Returns the terms the analysis of a field makes of a text. */
    List<String> terms(String field, String text) {
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

    /** Returns the words of a text as the analysis of a field sees them, one token per position. */
    List<Token> tokens(String field, String text) {
      List<Token> words = new ArrayList<>();
      try (TokenStream ts = analyzer.tokenStream(field, text)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute position = ts.addAttribute(PositionIncrementAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        ts.reset();
        int start = -1;
        int end = -1;
        List<String> terms = new ArrayList<>();
        while (ts.incrementToken()) {
          if (position.getPositionIncrement() > 0 && !terms.isEmpty()) {
            words.add(new Token(text.substring(start, end), List.copyOf(terms), start, end));
            terms.clear();
          }
          if (terms.isEmpty()) {
            start = offset.startOffset();
            end = offset.endOffset();
          }
          terms.add(term.toString());
        }
        if (!terms.isEmpty()) {
          words.add(new Token(text.substring(start, end), List.copyOf(terms), start, end));
        }
        ts.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return words;
    }
  }

  /**
   * A word as the analysis of one field sees it.
   *
   * @param surface the word as written (for a word a synonym put in, the words it replaced)
   * @param terms   its terms, the word's own first, then compound heads or parts and synonyms
   * @param start   where it starts in the text
   * @param end     where it ends in the text
   */
  record Token(String surface, List<String> terms, int start, int end) {
  }

  /**
   * Builds the analysis for a catalog: for German with a compound dictionary made from the products' own words.
   *
   * @param locale   the catalog's locale
   * @param products the catalog's products
   * @return the analysis
   */
  static Fields forCatalog(Locale locale, List<Product> products) {
    return forDictionary(locale, dictionary(locale, products));
  }

  /**
   * Returns the words the analysis of a catalog depends on beyond its locale: for German the compound dictionary
   * made from the products' own words and the shopper vocabulary's, for English none. A catalog built ahead stores
   * them, so that it is opened with the analysis it was written with without reading every product.
   *
   * @param locale   the catalog's locale
   * @param products the catalog's products
   * @return the dictionary words, lower-case and normalized
   */
  static CharArraySet dictionary(Locale locale, List<Product> products) {
    return NumberWords.isGerman(locale)
        ? GermanDictionary.of(products.stream().flatMap(p -> Stream.of(p.title(), p.category(), p.description()))
            .toList(), Vocabulary.of(locale).allWords().toList())
        : CharArraySet.EMPTY_SET;
  }

  /**
   * Builds the analysis for a catalog from its dictionary (see {@link #dictionary}).
   *
   * @param locale     the catalog's locale
   * @param dictionary the German compound dictionary; ignored for English
   * @return the analysis
   */
  static Fields forDictionary(Locale locale, CharArraySet dictionary) {
    return new Fields(analyzer(locale, dictionary), NumberWords.isGerman(locale), stopWords(locale));
  }

  /**
   * Builds the analyzer for all indexed fields of a catalog.
   *
   * @param locale     the catalog's locale
   * @param dictionary the German compound dictionary (see {@link GermanDictionary}); ignored for English
   * @return an analyzer that picks the chain by field name
   */
  static Analyzer analyzer(Locale locale, CharArraySet dictionary) {
    boolean german = NumberWords.isGerman(locale);
    Analyzer text = german ? germanText(dictionary, true) : englishText(true);
    Analyzer own = german ? germanLiteral() : englishText(false);
    Analyzer allParts = german ? germanText(dictionary, false) : text;
    Analyzer phonetic = german ? germanPhonetic() : englishPhonetic();
    Analyzer spell = spell(german);
    return new PerFieldAnalyzerWrapper(text, Map.of(TITLE_PHONETIC, phonetic, CATEGORY_PHONETIC, phonetic,
        SPELL, spell, TITLE_PARTS, allParts, CATEGORY_PARTS, allParts, DESCRIPTION, allParts, KIND_PARTS, allParts,
        TITLE_OWN, own));
  }

  /** English words up to the shopper vocabulary: possessives, stop words, number words, plurals. */
  private static TokenStream englishWords(Tokenizer source) {
    TokenStream result = new EnglishPossessiveFilter(source);
    result = new LowerCaseFilter(result);
    result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    result = new NumberWordFilter(result, Locale.ENGLISH);
    result = new ASCIIFoldingFilter(result);
    result = new PatternReplaceFilter(result, SIBILANT_PLURAL, "$1", false);
    result = new PatternReplaceFilter(result, VOWEL_E_PLURAL, "$1", false);
    return new EnglishMinimalStemFilter(result);
  }

  /** German words up to the shopper vocabulary: stop words, number words, umlauts; whole words, unstemmed. */
  private static TokenStream germanWords(Tokenizer source) {
    TokenStream result = new LowerCaseFilter(source);
    result = new StopFilter(result, GermanAnalyzer.getDefaultStopSet());
    result = new NumberWordFilter(result, Locale.GERMAN);
    return new GermanNormalizationFilter(result);
  }

  private static Analyzer englishText(boolean vocabulary) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream words = englishWords(source);
        return new TokenStreamComponents(source, vocabulary ? new SynonymGraphFilter(words, ENGLISH_SYNONYMS, false)
            : words);
      }
    };
  }

  /** German words as written, stemmed: no vocabulary, no compound parts ("Sessel", not "Samtsessel"). */
  private static Analyzer germanLiteral() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        return new TokenStreamComponents(source, new GermanLightStemFilter(germanWords(source)));
      }
    };
  }

  private static Analyzer germanText(CharArraySet dictionary, boolean headsOnly) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new SynonymGraphFilter(germanWords(source), GERMAN_SYNONYMS, false);
        result = new DictionaryCompoundWordTokenFilter(result, dictionary, 5, MIN_SUBWORD, 20, false);
        if (headsOnly) {
          result = new CompoundHeadFilter(result);
        }
        result = new GermanLightStemFilter(result);
        return new TokenStreamComponents(source, result);
      }
    };
  }

  private static Analyzer englishPhonetic() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        result = new ASCIIFoldingFilter(result);
        result = new DoubleMetaphoneFilter(result, 6, false);
        return new TokenStreamComponents(source, result);
      }
    };
  }

  private static Analyzer germanPhonetic() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new StopFilter(result, GermanAnalyzer.getDefaultStopSet());
        result = new PhoneticFilter(result, new ColognePhonetic(), false);
        return new TokenStreamComponents(source, result);
      }
    };
  }

  private static Analyzer spell(boolean german) {
    CharArraySet stop = german ? GermanAnalyzer.getDefaultStopSet() : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new StopFilter(result, stop);
        return new TokenStreamComponents(source, result);
      }
    };
  }

  /** Returns the stop words of a locale's text analysis. */
  static CharArraySet stopWords(Locale locale) {
    return NumberWords.isGerman(locale) ? GermanAnalyzer.getDefaultStopSet()
        : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
  }
}
