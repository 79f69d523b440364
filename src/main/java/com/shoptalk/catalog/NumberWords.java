package com.shoptalk.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/** Reads spoken number words in English and German, including German compounds like {@code neunundneunzig}. */
final class NumberWords {

  private static final Map<String, Long> ENGLISH = Map.ofEntries(
      Map.entry("zero", 0L), Map.entry("one", 1L), Map.entry("two", 2L), Map.entry("three", 3L),
      Map.entry("four", 4L), Map.entry("five", 5L), Map.entry("six", 6L), Map.entry("seven", 7L),
      Map.entry("eight", 8L), Map.entry("nine", 9L), Map.entry("ten", 10L), Map.entry("eleven", 11L),
      Map.entry("twelve", 12L), Map.entry("thirteen", 13L), Map.entry("fourteen", 14L),
      Map.entry("fifteen", 15L), Map.entry("sixteen", 16L), Map.entry("seventeen", 17L),
      Map.entry("eighteen", 18L), Map.entry("nineteen", 19L), Map.entry("twenty", 20L),
      Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fourty", 40L), Map.entry("fifty", 50L),
      Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L),
      Map.entry("ninety", 90L));

  /** German words after lower-casing, with umlauts written as ae/oe/ue and ß as ss. */
  private static final Map<String, Long> GERMAN = Map.ofEntries(
      Map.entry("null", 0L), Map.entry("eins", 1L), Map.entry("ein", 1L), Map.entry("eine", 1L),
      Map.entry("zwei", 2L), Map.entry("zwo", 2L), Map.entry("drei", 3L), Map.entry("vier", 4L),
      Map.entry("fuenf", 5L), Map.entry("sechs", 6L), Map.entry("sieben", 7L), Map.entry("acht", 8L),
      Map.entry("neun", 9L), Map.entry("zehn", 10L), Map.entry("elf", 11L), Map.entry("zwoelf", 12L),
      Map.entry("dreizehn", 13L), Map.entry("vierzehn", 14L), Map.entry("fuenfzehn", 15L),
      Map.entry("sechzehn", 16L), Map.entry("siebzehn", 17L), Map.entry("achtzehn", 18L),
      Map.entry("neunzehn", 19L), Map.entry("zwanzig", 20L), Map.entry("dreissig", 30L),
      Map.entry("vierzig", 40L), Map.entry("fuenfzig", 50L), Map.entry("sechzig", 60L),
      Map.entry("siebzig", 70L), Map.entry("achtzig", 80L), Map.entry("neunzig", 90L));

  private NumberWords() {
  }

  /**
   * Reads one word as a number: digits, an English number word or a German (compound) number word.
   *
   * @param word   the word, any case
   * @param locale the language of the word
   * @return the value, or empty when the word is no number
   */
  static OptionalLong parseWord(String word, Locale locale) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.matches("\\d{1,9}")) {
      return OptionalLong.of(Long.parseLong(w));
    }
    if (isGerman(locale)) {
      long value = parseGerman(normalizeGerman(w));
      return value < 0 ? OptionalLong.empty() : OptionalLong.of(value);
    }
    Long value = ENGLISH.get(w);
    if (value != null) {
      return OptionalLong.of(value);
    }
    if (w.equals("hundred")) {
      return OptionalLong.of(100);
    }
    if (w.equals("thousand")) {
      return OptionalLong.of(1000);
    }
    int dash = w.indexOf('-');
    if (dash > 0) {
      Long tens = ENGLISH.get(w.substring(0, dash));
      Long units = ENGLISH.get(w.substring(dash + 1));
      if (tens != null && units != null && tens >= 20 && tens % 10 == 0 && units < 10) {
        return OptionalLong.of(tens + units);
      }
    }
    return OptionalLong.empty();
  }

  /** Tells whether a word multiplies what came before it ("hundred", "tausend"). */
  static boolean isMultiplier(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.equals("hundred") || w.equals("thousand") || w.equals("hundert") || w.equals("tausend");
  }

  /**
   * Combines a run of number words into one value, e.g. "one hundred fifty" or "zweihundert fünfzig".
   *
   * @param words  the words, each of which {@link #parseWord} accepts (an English "a" may precede a multiplier)
   * @param locale the language
   * @return the value, or empty when a word is no number
   */
  static OptionalLong combine(List<String> words, Locale locale) {
    long total = 0;
    long current = 0;
    for (String word : words) {
      if (isMultiplier(word)) {
        long factor = parseWord(word, isGerman(locale) ? Locale.GERMAN : Locale.ENGLISH).orElse(1);
        current = (current == 0 ? 1 : current) * factor;
        if (factor >= 1000) {
          total += current;
          current = 0;
        }
      } else if (word.equalsIgnoreCase("a") || word.equalsIgnoreCase("and")) {
        continue;
      } else {
        OptionalLong value = parseWord(word, locale);
        if (value.isEmpty()) {
          return OptionalLong.empty();
        }
        current += value.getAsLong();
      }
    }
    return OptionalLong.of(total + current);
  }

  static boolean isGerman(Locale locale) {
    return "de".equals(locale.getLanguage());
  }

  static String normalizeGerman(String lowerCase) {
    return lowerCase.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
  }

  /** Returns the value of a normalized German number word, or -1. */
  private static long parseGerman(String w) {
    if (w.isEmpty()) {
      return -1;
    }
    int thousand = w.indexOf("tausend");
    if (thousand >= 0) {
      long left = thousand == 0 ? 1 : parseGerman(w.substring(0, thousand));
      String rest = w.substring(thousand + "tausend".length());
      long right = rest.isEmpty() ? 0 : parseGerman(stripUnd(rest));
      return left < 0 || right < 0 ? -1 : left * 1000 + right;
    }
    int hundred = w.indexOf("hundert");
    if (hundred >= 0) {
      long left = hundred == 0 ? 1 : parseGerman(w.substring(0, hundred));
      String rest = w.substring(hundred + "hundert".length());
      long right = rest.isEmpty() ? 0 : parseGerman(stripUnd(rest));
      return left < 0 || left > 9 || right < 0 || right > 99 ? -1 : left * 100 + right;
    }
    Long simple = GERMAN.get(w);
    if (simple != null) {
      return simple;
    }
    int und = w.indexOf("und");
    if (und > 0) {
      Long units = GERMAN.get(w.substring(0, und));
      Long tens = GERMAN.get(w.substring(und + 3));
      if (units != null && tens != null && units >= 1 && units <= 9 && tens >= 20 && tens % 10 == 0) {
        return tens + units;
      }
    }
    return -1;
  }

  private static String stripUnd(String rest) {
    return rest.startsWith("und") && rest.length() > 3 ? rest.substring(3) : rest;
  }
}
