package com.shoptalk.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Derives short, speakable product names from feed titles. */
final class SpokenNames {

  /** The most words a spoken name keeps. */
  static final int MAX_WORDS = 5;

  private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]|\\{[^}]*}");
  private static final String NUMBER = "\\d+(?:[.,]\\d+)?";
  private static final String UNIT = "(?:cm|mm|m|in|inch|inches|ft|feet|foot|\"|'|”|″|zoll)";
  private static final Pattern DIMENSIONS = Pattern.compile(
      "(?i)\\b" + NUMBER + "\\s*" + UNIT + "?\\s*[x×]\\s*" + NUMBER + "(?:\\s*" + UNIT + "?\\s*[x×]\\s*"
          + NUMBER + ")?\\s*" + UNIT + "?(?![\\p{L}])");
  private static final Pattern MEASURE = Pattern.compile(
      "(?i)\\b" + NUMBER + "\\s*(?:cm|mm|ml|cl|l|oz|fl\\.? ?oz|in|inch|inches|ft|kg|g|lb|lbs|w|v|qt|pcs|stk"
          + "|stück|pack|er-set|-pack)\\b\\.?");
  private static final Pattern CODE_LABEL = Pattern.compile(
      "(?i)\\b(?:sku|art\\.?-?nr\\.?|artikelnummer|item|model|modell|ref|mpn)\\s*[:#.]?\\s*[\\w-]*\\d[\\w-]*");
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[-–—|:/]\\s+|,\\s+");
  private static final Pattern QUOTES = Pattern.compile("[\"“”„«»>‹›<]");
  /** Words a name must not end on, or it sounds cut off: "Queensize-Bett im Landhausstil mit". */
  private static final Set<String> CONNECTING_WORDS = Set.of(
      "a", "an", "the", "and", "or", "with", "without", "in", "of", "for", "from", "on", "at", "by", "to",
      "&", "+", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einem", "einen", "einer", "und",
      "oder", "mit", "ohne", "im", "aus", "für", "von", "vom", "zum", "zur", "zu", "am", "auf",
      "bei", "nach", "über", "unter");

  private SpokenNames() {
  }

  /**
   * Derives a spoken name: no sizes, codes, parentheses or brand prefix, at most {@value #MAX_WORDS} words, and
   * never ending on a preposition, article or conjunction.
   *
   * @param title the feed title
   * @param brand the brand, or {@code null}
   * @return the spoken name, never empty for a non-blank title
   */
  static String of(String title, String brand) {
    String name = BRACKETS.matcher(title).replaceAll(" ");
    name = CODE_LABEL.matcher(name).replaceAll(" ");
    name = DIMENSIONS.matcher(name).replaceAll(" ");
    name = MEASURE.matcher(name).replaceAll(" ");
    name = QUOTES.matcher(name).replaceAll(" ");
    String[] parts = SEPARATOR.split(name.strip());
    name = parts.length > 0 && !parts[0].isBlank() ? parts[0] : name;
    List<String> words = new ArrayList<>();
    for (String word : name.strip().split("\\s+")) {
      if (!word.isEmpty() && !isCode(word)) {
        words.add(word);
      }
    }
    if (brand != null && !brand.isBlank()) {
      String[] brandWords = brand.strip().split("\\s+");
      if (words.size() > brandWords.length && startsWith(words, brandWords)) {
        words = new ArrayList<>(words.subList(brandWords.length, words.size()));
      }
    }
    if (words.size() > MAX_WORDS) {
      words = words.subList(0, MAX_WORDS);
    }
    while (words.size() > 1 && CONNECTING_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
      words = words.subList(0, words.size() - 1);
    }
    String result = String.join(" ", words).replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}&&[^.!?]]+$|[-–,]+$", "")
        .strip();
    return result.isEmpty() ? title.strip() : result;
  }

  /** Tells whether a word looks like a code or SKU: digits and no lower-case letters, e.g. "ALC-01", "B07X2". */
  private static boolean isCode(String word) {
    boolean digit = word.chars().anyMatch(Character::isDigit);
    boolean lower = word.chars().anyMatch(Character::isLowerCase);
    boolean letter = word.chars().anyMatch(Character::isLetter);
    return digit && !lower && (letter || word.length() >= 5 || word.startsWith("#"));
  }

  private static boolean startsWith(List<String> words, String[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if (!words.get(i).toLowerCase(Locale.ROOT).equals(prefix[i].toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }
}
