package com.shoptalk.local;

import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Numbers and ordinals as people say them, in English and German, the way Alexa fills AMAZON.NUMBER
 * and AMAZON.ORDINAL slots (digits in the request).
 */
final class SpokenNumbers {
  private static final Map<String, Integer> EN_UNITS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("one", 1), Map.entry("a", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
      Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
      Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
      Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));
  private static final Map<String, Integer> DE_UNITS = Map.ofEntries(
      Map.entry("null", 0), Map.entry("eins", 1), Map.entry("ein", 1), Map.entry("eine", 1), Map.entry("zwei", 2),
      Map.entry("drei", 3), Map.entry("vier", 4), Map.entry("fünf", 5), Map.entry("sechs", 6), Map.entry("sieben", 7),
      Map.entry("acht", 8), Map.entry("neun", 9), Map.entry("zehn", 10), Map.entry("elf", 11), Map.entry("zwölf", 12),
      Map.entry("dreizehn", 13), Map.entry("vierzehn", 14), Map.entry("fünfzehn", 15), Map.entry("sechzehn", 16),
      Map.entry("siebzehn", 17), Map.entry("achtzehn", 18), Map.entry("neunzehn", 19), Map.entry("zwanzig", 20),
      Map.entry("dreißig", 30), Map.entry("vierzig", 40), Map.entry("fünfzig", 50), Map.entry("sechzig", 60),
      Map.entry("siebzig", 70), Map.entry("achtzig", 80), Map.entry("neunzig", 90));
  private static final Map<String, Integer> EN_ORDINALS = Map.ofEntries(
      Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
      Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
      Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("last", -1));
  private static final Map<String, Integer> DE_ORDINALS = Map.ofEntries(
      Map.entry("erst", 1), Map.entry("zweit", 2), Map.entry("dritt", 3), Map.entry("viert", 4),
      Map.entry("fünft", 5), Map.entry("sechst", 6), Map.entry("siebt", 7), Map.entry("acht", 8),
      Map.entry("neunt", 9), Map.entry("zehnt", 10), Map.entry("letzt", -1));

  private SpokenNumbers() {}

  /** A cardinal number said as digits or words ("fifty", "two hundred", "zweihundert", "neunundneunzig"). */
  static OptionalInt cardinal(String spoken, Locale locale) {
    String text = spoken.trim().toLowerCase(locale).replace(",", "");
    if (text.matches("\\d+(\\.\\d+)?")) {
      return OptionalInt.of((int) Math.round(Double.parseDouble(text)));
    }
    return locale.getLanguage().equals("de") ? german(text.replace(" ", "")) : english(text);
  }

  /** An ordinal ("second", "2nd", "die zweite", "3.") as its number; -1 for "last". */
  static OptionalInt ordinal(String spoken, Locale locale) {
    String text = spoken.trim().toLowerCase(locale);
    var digits = java.util.regex.Pattern.compile("^(\\d+)(st|nd|rd|th|\\.)?$").matcher(text);
    if (digits.matches()) {
      return OptionalInt.of(Integer.parseInt(digits.group(1)));
    }
    if (locale.getLanguage().equals("de")) {
      String stem = text.replaceAll("(e|en|er|es|em)$", "");
      Integer value = DE_ORDINALS.get(stem);
      return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }
    Integer value = EN_ORDINALS.get(text);
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }

  private static OptionalInt english(String text) {
    int total = 0;
    int current = 0;
    boolean any = false;
    for (String word : text.replace("-", " ").split("\\s+")) {
      if (word.equals("and") || word.isEmpty()) {
        continue;
      }
      if (EN_UNITS.containsKey(word)) {
        current += EN_UNITS.get(word);
      } else if (word.equals("hundred")) {
        current = Math.max(current, 1) * 100;
      } else if (word.equals("thousand")) {
        total += Math.max(current, 1) * 1000;
        current = 0;
      } else {
        return OptionalInt.empty();
      }
      any = true;
    }
    return any ? OptionalInt.of(total + current) : OptionalInt.empty();
  }

  private static OptionalInt german(String text) {
    if (text.isEmpty()) {
      return OptionalInt.empty();
    }
    int thousand = text.indexOf("tausend");
    if (thousand >= 0) {
      int head = thousand == 0 ? 1 : german(text.substring(0, thousand)).orElse(-1);
      String rest = text.substring(thousand + "tausend".length());
      int tail = rest.isEmpty() ? 0 : german(rest).orElse(-1);
      return head < 0 || tail < 0 ? OptionalInt.empty() : OptionalInt.of(head * 1000 + tail);
    }
    int hundred = text.indexOf("hundert");
    if (hundred >= 0) {
      int head = hundred == 0 ? 1 : german(text.substring(0, hundred)).orElse(-1);
      String rest = text.substring(hundred + "hundert".length()).replaceFirst("^und", "");
      int tail = rest.isEmpty() ? 0 : german(rest).orElse(-1);
      return head < 0 || tail < 0 ? OptionalInt.empty() : OptionalInt.of(head * 100 + tail);
    }
    if (DE_UNITS.containsKey(text)) {
      return OptionalInt.of(DE_UNITS.get(text));
    }
    int und = text.indexOf("und");
    if (und > 0) {
      Integer unit = DE_UNITS.get(text.substring(0, und));
      Integer tens = DE_UNITS.get(text.substring(und + 3));
      if (unit != null && tens != null && unit < 10 && tens >= 20) {
        return OptionalInt.of(tens + unit);
      }
    }
    return OptionalInt.empty();
  }
}
