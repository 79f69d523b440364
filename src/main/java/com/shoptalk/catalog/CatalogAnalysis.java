package com.shoptalk.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.codec.language.ColognePhonetic;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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

/**
 * The per-locale Lucene analysis of catalog text: stemming, German compounds, numbers and phonetics.
 *
 * <p>German compounds are split with a dictionary. The title, category, colour and brand fields keep only the
 * head of a compound ("Samtsessel" is found as "Sessel"); the {@code *_parts} fields and the description keep
 * every part ("Samt" too), for multi-word queries ("Sessel aus Samt"), ranking and the last resort.
 */
final class CatalogAnalysis {

  static final String TITLE = "title";
  static final String CATEGORY = "category";
  static final String COLOR = "color";
  static final String BRAND = "brand";
  static final String DESCRIPTION = "description";
  static final String TITLE_PARTS = "title_parts";
  static final String CATEGORY_PARTS = "category_parts";
  static final String TITLE_PHONETIC = "title_ph";
  static final String CATEGORY_PHONETIC = "category_ph";
  static final String SPELL = "spell";

  private static final Pattern CAPITALIZED_WORD = Pattern.compile("\\b\\p{Lu}\\p{Ll}{2,}\\b");
  private static final int MIN_SUBWORD = 3;
  /**
   * The {@code -es} plurals after sibilants ("glasses", "benches", "boxes"), which Lucene's English minimal stemmer
   * leaves as "glasse": the ending goes before that stemmer runs.
   */
  private static final Pattern SIBILANT_PLURAL = Pattern.compile("^(?=.{5,}$)(.*(?:ss|sh|ch|x|zz))es$");
  private static final List<String> COMMON_GERMAN_NOUNS = loadCommonGermanNouns();
  private static final Analyzer GERMAN_NORMALIZER = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new KeywordTokenizer();
      return new TokenStreamComponents(source, new GermanNormalizationFilter(new LowerCaseFilter(source)));
    }
  };

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
   * made from the products' own words, for English none. A catalog built ahead stores them, so that it is opened
   * with the analysis it was written with without reading every product.
   *
   * @param locale   the catalog's locale
   * @param products the catalog's products
   * @return the dictionary words, lower-case and normalized
   */
  static CharArraySet dictionary(Locale locale, List<Product> products) {
    return NumberWords.isGerman(locale)
        ? germanDictionary(products.stream().flatMap(p -> Stream.of(p.title(), p.category(), p.description()))
            .toList())
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
   * @param dictionary the German compound dictionary (see {@link #germanDictionary}); ignored for English
   * @return an analyzer that picks the chain by field name
   */
  static Analyzer analyzer(Locale locale, CharArraySet dictionary) {
    boolean german = NumberWords.isGerman(locale);
    Analyzer text = german ? germanText(dictionary, true) : englishText();
    Analyzer allParts = german ? germanText(dictionary, false) : text;
    Analyzer phonetic = german ? germanPhonetic() : englishPhonetic();
    Analyzer spell = spell(german);
    return new PerFieldAnalyzerWrapper(text, Map.of(TITLE_PHONETIC, phonetic, CATEGORY_PHONETIC, phonetic,
        SPELL, spell, TITLE_PARTS, allParts, CATEGORY_PARTS, allParts, DESCRIPTION, allParts));
  }

  /**
   * Builds the dictionary for German compound splitting from the catalog's own nouns and common German nouns.
   *
   * <p>German nouns are capitalized, so capitalized words of titles, categories and descriptions, and the
   * parts of hyphenated words, make a dictionary that needs no maintenance per catalog.
   *
   * @param texts the catalog's titles, categories and descriptions
   * @return the normalized, lower-case dictionary words
   */
  static CharArraySet germanDictionary(Collection<String> texts) {
    CharArraySet words = new CharArraySet(4096, false);
    CharArraySet stop = GermanAnalyzer.getDefaultStopSet();
    for (String noun : COMMON_GERMAN_NOUNS) {
      words.add(normalizeGerman(noun));
    }
    for (String text : texts) {
      Matcher m = CAPITALIZED_WORD.matcher(text);
      while (m.find()) {
        String word = m.group().toLowerCase(Locale.GERMAN);
        if (word.length() > MIN_SUBWORD && !stop.contains(word)) {
          words.add(normalizeGerman(word));
        }
      }
    }
    return words;
  }

  /** Lower-cases and normalizes a German word the way the analysis does before splitting compounds. */
  static String normalizeGerman(String word) {
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

  private static Analyzer englishText() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        result = new NumberWordFilter(result, Locale.ENGLISH);
        result = new ASCIIFoldingFilter(result);
        result = new PatternReplaceFilter(result, SIBILANT_PLURAL, "$1", false);
        result = new EnglishMinimalStemFilter(result);
        return new TokenStreamComponents(source, result);
      }
    };
  }

  private static Analyzer germanText(CharArraySet dictionary, boolean headsOnly) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new StopFilter(result, GermanAnalyzer.getDefaultStopSet());
        result = new NumberWordFilter(result, Locale.GERMAN);
        result = new GermanNormalizationFilter(result);
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

  private static List<String> loadCommonGermanNouns() {
    InputStream in = CatalogAnalysis.class.getResourceAsStream("/catalog/german-nouns.txt");
    if (in == null) {
      throw new IllegalStateException("missing classpath resource catalog/german-nouns.txt");
    }
    List<String> nouns = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          nouns.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(nouns);
  }
}
