package com.shoptalk.alexa;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position said where a product name was expected: Alexa may hear "um how much is the first one" with "first one"
 * as the product's name. "the second one", "der erste", "die letzte": 2, 1, -1 (the last one).
 */
final class SpokenOrdinal {
  private static final List<String> EN = List.of(
      "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");
  private static final Pattern EN_SAID = Pattern.compile("^(?:the )?(\\p{L}+)(?: one)?(?: (?:there|again|then))*$");
  private static final List<String> DE = List.of(
      "erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt");
  private static final Pattern DE_SAID = Pattern.compile(
      "^(?:(?:der|die|das|den|dem) )?(\\p{L}+?)(?:e|en|er|es|em)?(?: (?:da|hier|denn|mal|nochmal|eigentlich))*$");

  private SpokenOrdinal() {}

  /** The position the words say, if they say nothing but a position. */
  static Optional<Integer> of(String said, Locale locale) {
    String text = said.toLowerCase(locale).trim().replaceAll("\\s+", " ");
    boolean german = "de".equals(locale.getLanguage());
    Matcher m = (german ? DE_SAID : EN_SAID).matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String word = m.group(1);
    if (word.equals(german ? "letzt" : "last")) {
      return Optional.of(-1);
    }
    int index = (german ? DE : EN).indexOf(word);
    return index < 0 ? Optional.empty() : Optional.of(index + 1);
  }
}
