package com.shoptalk.catalog;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.spell.PlainTextDictionary;
import org.apache.lucene.search.spell.SpellChecker;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Spells misheard or mistyped words as the words shoppers use for kinds of product ("loveseet" → "loveseat",
 * "Coutchtisch" → "Couchtische"), with Lucene's n-gram {@link SpellChecker} over the vocabulary of a language: the
 * kinds of {@code vocabulary-<language>.txt} and the shopper words of {@code synonyms-<language>.txt}.
 *
 * <p>One per language, built on first use; it does not depend on a catalog, so the answer of a respelled query is
 * still the catalog's ("We don't carry chandeliers" for "chandeleirs").
 */
final class KindSpelling {

  private static final Map<String, KindSpelling> BY_LANGUAGE = new ConcurrentHashMap<>();
  private static final int CANDIDATES = 3;
  private static final int MIN_LENGTH = 4;
  /** How alike a respelling must be (1 - edits / length): one edit in seven letters, two in ten. */
  private static final float ACCURACY = 0.78f;

  private final SpellChecker checker;
  private final Locale locale;

  private KindSpelling(List<String> words, Locale locale) {
    this.locale = locale;
    TreeSet<String> dictionary = new TreeSet<>();
    for (String phrase : words) {
      for (String word : phrase.toLowerCase(locale).split("[^\\p{L}\\p{N}]+")) {
        if (word.length() >= MIN_LENGTH && NumberWords.parseWord(word, locale).isEmpty()) {
          dictionary.add(word);
        }
      }
    }
    try {
      checker = new SpellChecker(new ByteBuffersDirectory());
      checker.indexDictionary(new PlainTextDictionary(new StringReader(String.join("\n", dictionary))),
          new IndexWriterConfig(new KeywordAnalyzer()), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the speller of a locale's language. */
  static KindSpelling of(Locale locale) {
    boolean german = NumberWords.isGerman(locale);
    return BY_LANGUAGE.computeIfAbsent(german ? "de" : "en", language -> {
      Vocabulary vocabulary = Vocabulary.of(locale);
      List<String> words = new java.util.ArrayList<>();
      vocabulary.groups().forEach(group -> words.addAll(group.kinds()));
      vocabulary.collections().forEach(collection -> words.addAll(collection.words()));
      words.addAll(ShopperSynonyms.words(locale));
      return new KindSpelling(words, german ? Locale.GERMAN : Locale.ENGLISH);
    });
  }

  /**
   * Returns the vocabulary word closest to a word the catalog does not know, or {@code null}.
   *
   * @param word the word as spoken or typed
   */
  String closest(String word) {
    String lower = word.toLowerCase(locale);
    if (lower.length() < MIN_LENGTH || !lower.chars().allMatch(Character::isLetter)) {
      return null;
    }
    try {
      String[] suggestions = checker.suggestSimilar(lower, CANDIDATES, ACCURACY);
      return suggestions.length == 0 || suggestions[0].equals(lower) ? null : suggestions[0];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
