package com.shoptalk.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LevenshteinDistance;
import org.apache.lucene.search.spell.StringDistance;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Puts a query in the catalog's own words: a did-you-mean spelling from the index (Lucene's
 * {@link DirectSpellChecker}), and the catalog's wording for words found only by sound or despite a typo.
 *
 * <p>Of similar candidates, a category word or a word several products' titles share ("lamp", "plate") is
 * preferred to a word only one product's name has ("Lana"): names are rarely what a shopper meant.
 */
final class Speller {

  /** How many spelling candidates to weigh against each other. */
  private static final int SUGGESTIONS = 8;
  /** The most edits between a spoken word and the catalog's word that replaces it. */
  private static final int MAX_EDITS = 2;
  /** How alike a did-you-mean word must be (1 - edits / length): two edits need five letters. */
  private static final float SUGGEST_ACCURACY = 0.6f;

  private final CatalogIndex index;
  private final SpokenWords words;
  private final Locale locale;
  private final CharArraySet stopWords;
  private final DirectSpellChecker spellChecker = new Typos.SpellChecker();
  /** Respelling a word as a kind is stricter: one edit in seven letters, two in ten; any first letter. */
  private final DirectSpellChecker kindChecker = new Typos.SpellChecker();
  private final StringDistance distance = new LevenshteinDistance();
  private final Set<String> categoryWords;
  private final Map<String, Integer> titleFrequency;

  Speller(CatalogIndex index, SpokenWords words, Locale locale, CharArraySet stopWords, CatalogSummary summary) {
    this.index = index;
    this.words = words;
    this.locale = locale;
    this.stopWords = stopWords;
    this.categoryWords = summary.categoryWords();
    this.titleFrequency = summary.titleWords();
    // A did-you-mean must be close: two edits in a four-letter word make another word ("pizz" is no "pink").
    spellChecker.setAccuracy(SUGGEST_ACCURACY);
    kindChecker.setMinPrefix(0);
    kindChecker.setAccuracy(0.78f);
    kindChecker.setDistance(distance);
  }

  /** Returns the words of all products' categories, as this speller compares them (for {@link CatalogSummary}). */
  static Set<String> categoryWords(List<Product> products, Locale locale) {
    return products.stream().flatMap(p -> plainWords(p.category(), locale).stream())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Returns how many products' titles each title word is in (for {@link CatalogSummary}). */
  static Map<String, Integer> titleWords(List<Product> products, Locale locale) {
    return products.stream().flatMap(p -> plainWords(p.title(), locale).stream())
        .collect(Collectors.toUnmodifiableMap(w -> w, w -> 1, Integer::sum));
  }

  /**
   * Returns the text in the catalog's own words where words were found only by sound or despite a typo
   * ("lounge chair" for "lunch chair"), taken from the found products' titles and categories.
   *
   * @param spokenText the query's text
   * @param spoken     its analyzed words
   * @param found      the products found
   * @param commonOnly whether only common words may replace a word, never a product's name ("salon chair" is no
   *                   "Sally chair")
   * @return the reworded text, or {@code null} when no word changed
   */
  String correction(String spokenText, List<SpokenWords.Word> spoken, List<Product> found, boolean commonOnly) {
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
    for (SpokenWords.Word word : spoken) {
      if (words.known(word)) {
        continue;
      }
      String said = word.surface().toLowerCase(locale);
      String best = null;
      int bestRank = Integer.MAX_VALUE;
      for (String candidate : candidates) {
        if (NumberWords.parseWord(candidate, locale).isPresent() || commonOnly && !isCommon(candidate)) {
          continue; // "tree" is no misheard "three": a number is never what a product is
        }
        int edits = edits(said, candidate);
        // Sounding alike needs letters alike too: "pizza" and "beds" share a sound code, not a word.
        boolean alike = candidate.length() > 2 && edits <= (Math.max(said.length(), candidate.length()) + 1) / 2
            && !Collections.disjoint(word.phonetic(), words.soundOf(candidate));
        if (edits > MAX_EDITS && !alike) {
          continue;
        }
        // Closer first, a name counting further away; then the word more of the found products use,
        // titles before categories.
        int rank = (2 * Math.min(edits, alike ? MAX_EDITS : edits) + (isCommon(candidate) ? 0 : 3)) * 10_000
            - inTitles.getOrDefault(candidate, 0) * 100 - inCategories.getOrDefault(candidate, 0)
            + candidate.length();
        if (rank < bestRank) {
          best = candidate;
          bestRank = rank;
        }
      }
      if (best != null && !best.equals(said)) {
        text = replaceWord(text, said, best);
        changed = true;
      }
    }
    return changed ? text : null;
  }

  /**
   * Returns the text with misheard words respelled as kinds of product the catalog has ("velvet sofa" for "velvet
   * sofer"), by Lucene's spell checker over the kind field.
   *
   * @param text    the query's text
   * @param unknown its words the catalog does not know
   * @param wording names a kind's term in the catalog's words
   * @return the respelled text, or {@code null} when no word is close to a kind
   */
  String asKind(String text, List<SpokenWords.Word> unknown, Function<String, String> wording) {
    String result = text;
    boolean changed = false;
    try {
      for (SpokenWords.Word word : unknown) {
        SuggestWord[] suggestions = kindChecker.suggestSimilar(new Term(CatalogAnalysis.KIND, word.own()),
            SUGGESTIONS, index.reader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (suggestions.length > 0 && !sameWord(word, wording.apply(suggestions[0].string))) {
          result = replaceWord(result, word.surface(), wording.apply(suggestions[0].string));
          changed = true;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return changed ? result : null;
  }

  /**
   * Returns the text with misheard words respelled by another speller ("loveseat" for "loveseet").
   *
   * @param text    the query's text
   * @param unknown its words the catalog does not know
   * @param closest the closest word to a word, or {@code null}
   * @return the respelled text, or {@code null} when no word changed
   */
  String asWord(String text, List<SpokenWords.Word> unknown, Function<String, String> closest) {
    String result = text;
    boolean changed = false;
    for (SpokenWords.Word word : unknown) {
      String replacement = closest.apply(word.surface());
      if (replacement != null && !sameWord(word, replacement)) {
        result = replaceWord(result, word.surface(), replacement);
        changed = true;
      }
    }
    return changed ? result : null;
  }

  /**
   * Returns a better spelling of the text from the catalog's titles and categories.
   *
   * @param text the query's text
   * @return the respelled text, or {@code null} when the index knows no better spelling of any word
   */
  String suggest(String text) {
    List<String> corrected = new ArrayList<>();
    boolean changed = false;
    try {
      for (String word : text.toLowerCase(locale).split("[^\\p{L}\\p{N}]+")) {
        if (word.isEmpty()) {
          continue;
        }
        String replacement = word;
        if (word.length() >= 4 && !stopWords.contains(word) && !word.chars().allMatch(Character::isDigit)) {
          SuggestWord[] suggestions = Stream.of(spellChecker.suggestSimilar(new Term(CatalogAnalysis.SPELL, word),
              SUGGESTIONS, index.reader(), SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX))
              .filter(s -> NumberWords.parseWord(s.string, locale).isEmpty()).toArray(SuggestWord[]::new);
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
   * Picks the closest suggestion, a name counting one and a half edits further away than it is: a common word as
   * close as a name, or one edit further, wins.
   */
  private String preferCommon(String word, SuggestWord[] suggestions) {
    String best = suggestions[0].string;
    int bestRank = Integer.MAX_VALUE;
    for (SuggestWord suggestion : suggestions) {
      int rank = 2 * edits(word, suggestion.string) + (isCommon(suggestion.string) ? 0 : 3);
      if (rank < bestRank) {
        best = suggestion.string;
        bestRank = rank;
      }
    }
    return best;
  }

  /** Tells whether a respelling is the same word in another form ("Esstische" for "Esstisch"). */
  private boolean sameWord(SpokenWords.Word word, String replacement) {
    List<String> terms = index.terms(CatalogAnalysis.TITLE, replacement);
    return !terms.isEmpty() && terms.get(0).equals(word.own());
  }

  /** Replaces the first occurrence of a whole word in a text, ignoring case. */
  private static String replaceWord(String text, String word, String replacement) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).replaceFirst(Matcher.quoteReplacement(replacement));
  }

  /** Returns the Levenshtein distance of two words, from Lucene's similarity (1 - edits / longer length). */
  private int edits(String a, String b) {
    return Math.round((1f - distance.getDistance(a, b)) * Math.max(a.length(), b.length()));
  }

  /** Tells whether a word is a category word or one that several products' titles share, not a name. */
  private boolean isCommon(String word) {
    return categoryWords.contains(word) || titleFrequency.getOrDefault(word, 0) >= 2;
  }

  private List<String> plainWords(String text) {
    return plainWords(text, locale);
  }

  private static List<String> plainWords(String text, Locale locale) {
    return Stream.of(text.toLowerCase(locale).split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() > 1)
        .distinct().toList();
  }
}
