package com.shoptalk.product;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Whether a colour the shopper says is one of a product's colours: "blue" is "Royal Blue", "gray" is "Light Grey",
 * and in German "blauen" is "Königsblau" (a compound ending in the colour) and "Hellblau".
 */
final class ColorMatcher {
  /** German adjective endings a spoken colour may carry ("blauen", "grünes"). */
  private static final List<String> GERMAN_ENDINGS = List.of("en", "em", "er", "es", "e");
  /** German colour words and the shop's word for the same colour, as in {@code catalog/synonyms-de.txt}. */
  private static final Map<String, String> GERMAN_SHOP_WORDS = Map.of("pink", "rosa", "lila", "violett");

  private ColorMatcher() {}

  /** The product colours that are the spoken one, in the product's order. */
  static List<String> matching(List<String> colors, String spoken, Locale locale) {
    String said = normalize(spoken, locale);
    var found = new ArrayList<String>();
    if (said.isEmpty()) {
      return found;
    }
    boolean german = locale.getLanguage().equals("de");
    for (String color : colors) {
      String candidate = normalize(color, locale);
      if (german ? germanMatch(candidate, said) : wordsWithin(candidate, said)) {
        found.add(color);
      }
    }
    return found;
  }

  /** Lower case, single spaces, hyphens as spaces; "grey" and "colour" spelled the American way. */
  private static String normalize(String text, Locale locale) {
    String lower = text.toLowerCase(locale).replace('-', ' ').replaceAll("\\s+", " ").strip();
    return locale.getLanguage().equals("en") ? lower.replaceAll("\\bgrey\\b", "gray") : lower.replace("ß", "ss");
  }

  /** Whether {@code part}'s words appear in {@code whole} as whole words, in order. */
  private static boolean wordsWithin(String whole, String part) {
    return (" " + whole + " ").contains(" " + part + " ");
  }

  /**
   * A German colour matches when one of its words is the spoken word without its ending, or a compound ending in
   * it ("königsblau" for "blau"); "dunkles schiefergrau" is also matched by the spoken phrase itself.
   */
  private static boolean germanMatch(String color, String said) {
    if (wordsWithin(color, said) || color.replace(" ", "").equals(said.replace(" ", ""))) {
      return true;
    }
    String lastSaid = said.substring(said.lastIndexOf(' ') + 1);
    for (String spokenStem : stems(lastSaid)) {
      String stem = GERMAN_SHOP_WORDS.getOrDefault(spokenStem, spokenStem);
      for (String word : color.split(" ")) {
        if (word.equals(stem) || stem.length() >= 3 && word.endsWith(stem)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<String> stems(String word) {
    var stems = new ArrayList<String>();
    stems.add(word);
    for (String ending : GERMAN_ENDINGS) {
      if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
        stems.add(word.substring(0, word.length() - ending.length()));
      }
    }
    return stems;
  }
}
