package com.shoptalk.wishlist;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

/**
 * Finds the wish list items a shopper means by a spoken name ("the rug", "die Teppiche").
 *
 * <p>Both sides are reduced to word stems with Lucene's light stemmers (English plurals, German
 * endings and umlauts), so case, singular and plural do not matter. An item matches when at least
 * half of the spoken words are found in its spoken name or title; a spoken word also counts, less,
 * when it is part of a compound ("Teppich" in "Wollteppich") or one letter off (a speech
 * recognition slip).
 */
final class ItemNameMatcher {
  private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> FILLER = Set.of(
      "the", "a", "an", "my", "this", "that", "these", "those", "one", "ones", "it", "from", "of",
      "on", "list", "wish", "wishlist", "please",
      "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "mein", "meine",
      "meinen", "meiner", "diese", "diesen", "dieses", "von", "auf", "liste", "wunschliste", "bitte");
  private static final double EXACT = 1.0;
  private static final double PART_OF_COMPOUND = 0.8;
  private static final double ONE_LETTER_OFF = 0.6;
  private static final double ENOUGH = 0.5;
  private static final int MIN_PARTIAL_LENGTH = 4;

  private ItemNameMatcher() {}

  /** The items matching {@code spoken}, best first; ties keep the list's order. */
  static List<WishListItem> rank(List<WishListItem> items, String spoken) {
    return scored(items, spoken).stream().map(Scored::item).toList();
  }

  /** The items that fit {@code spoken} best and equally well ("the rug" with two rugs on the list). */
  static List<WishListItem> bestTied(List<WishListItem> items, String spoken) {
    List<Scored> ranked = scored(items, spoken);
    if (ranked.isEmpty()) {
      return List.of();
    }
    Scored best = ranked.get(0);
    return ranked.stream()
        .filter(s -> s.coverage() == best.coverage() && s.specificity() == best.specificity())
        .map(Scored::item)
        .toList();
  }

  private record Scored(WishListItem item, double coverage, double specificity, int index) {}

  private static List<Scored> scored(List<WishListItem> items, String spoken) {
    List<String> wanted = stems(spoken);
    if (wanted.isEmpty()) {
      return List.of();
    }
    var scored = new ArrayList<Scored>();
    for (int i = 0; i < items.size(); i++) {
      WishListItem item = items.get(i);
      Set<String> words = new LinkedHashSet<>(stems(item.spokenName()));
      words.addAll(stems(item.title()));
      double found = 0;
      for (String word : wanted) {
        found += bestMatch(word, words);
      }
      double coverage = found / wanted.size();
      if (found > 0 && coverage >= ENOUGH) {
        List<String> name = stems(item.spokenName());
        double specificity = name.isEmpty() ? 0 : Math.min(1.0, found / name.size());
        scored.add(new Scored(item, coverage, specificity, i));
      }
    }
    scored.sort(Comparator.comparingDouble(Scored::coverage).reversed()
        .thenComparing(Comparator.comparingDouble(Scored::specificity).reversed())
        .thenComparingInt(Scored::index));
    return scored;
  }

  private static double bestMatch(String word, Set<String> words) {
    double best = 0;
    for (String candidate : words) {
      if (candidate.equals(word)) {
        return EXACT;
      }
      boolean longEnough = Math.min(word.length(), candidate.length()) >= MIN_PARTIAL_LENGTH;
      if (longEnough && (candidate.contains(word) || word.contains(candidate))) {
        best = Math.max(best, PART_OF_COMPOUND);
      } else if (longEnough && oneEditApart(word, candidate)) {
        best = Math.max(best, ONE_LETTER_OFF);
      }
    }
    return best;
  }

  /** Word stems of a text, without filler words such as "the" or "die". */
  static List<String> stems(String text) {
    var stems = new ArrayList<String>();
    if (text == null) {
      return stems;
    }
    for (String word : NOT_A_WORD.split(text.toLowerCase(Locale.ROOT).replace("ß", "ss"))) {
      if (!word.isEmpty() && !FILLER.contains(word)) {
        stems.add(stem(word));
      }
    }
    return stems;
  }

  private static String stem(String word) {
    char[] chars = word.toCharArray();
    int length = new EnglishMinimalStemmer().stem(chars, chars.length);
    length = new GermanLightStemmer().stem(chars, length);
    return new String(chars, 0, length);
  }

  /** Whether two words differ by one inserted, deleted or replaced letter. */
  private static boolean oneEditApart(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    int i = 0;
    while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
      i++;
    }
    if (shorter.length() == longer.length()) {
      return shorter.substring(i + 1).equals(longer.substring(i + 1));
    }
    return shorter.substring(i).equals(longer.substring(i + 1));
  }
}
