package com.shoptalk.alexa;

import com.shoptalk.catalog.Product;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which of the listed products a spoken name means: "the vanilla candle", "die mit Vanille", "the
 * rattan one". Every word said (articles and fillers aside) must be found in the product's name
 * or colours, whole or as part of a longer word ("Vanille" in "Vanillekerze", "candle" in "candles").
 */
public final class SpokenName {
  private static final Set<String> FILLERS = Set.of(
      "the", "a", "an", "one", "ones", "that", "this", "with", "in", "of", "please", "my", "it", "thing", "here",
      "there", "item", "product", "stuff",
      "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "mit", "aus", "im", "von",
      "bitte", "da", "dies", "diese", "diesen", "dieses", "jene", "teil", "sache", "ding", "dings", "hier", "dort",
      "artikel", "produkt");
  private static final int MIN_PART = 4;

  private SpokenName() {}

  /** Whether {@code spoken} only points ("that thing", "das Ding hier") and names nothing: the product in focus. */
  public static boolean pointsOnly(String spoken, Locale locale) {
    return words(spoken, locale).stream().allMatch(FILLERS::contains);
  }

  /** The products among {@code listed} that {@code spoken} names, in their listed order. */
  public static List<Product> matches(String spoken, List<Product> listed, Locale locale) {
    List<String> said = words(spoken, locale).stream().filter(w -> !FILLERS.contains(w)).toList();
    if (said.isEmpty()) {
      return List.of();
    }
    var found = new ArrayList<Product>();
    for (Product product : listed) {
      var named = new ArrayList<String>(words(product.title() + " " + product.spokenName(), locale));
      product.colors().forEach(color -> named.addAll(words(color, locale)));
      if (said.stream().allMatch(word -> fits(word, named) || compound(word, named))) {
        found.add(product);
      }
    }
    return found;
  }

  private static boolean fits(String said, List<String> named) {
    return named.stream().anyMatch(n -> fits(said, n));
  }

  /** "Vanillekerze" for "Kerze mit Vanilleduft": both parts of a spoken compound are in the name. */
  private static boolean compound(String said, List<String> named) {
    for (int cut = MIN_PART; cut <= said.length() - MIN_PART; cut++) {
      String head = said.substring(0, cut);
      String tail = said.substring(cut);
      if (fits(head, named) && fits(tail, named)) {
        return true;
      }
    }
    return false;
  }

  private static boolean fits(String said, String named) {
    if (said.equals(named)) {
      return true;
    }
    // "candles" for "candle", "vanille" in "vanillekerze", "kerze" in "duftkerze"
    return said.length() >= MIN_PART && named.length() >= MIN_PART
        && (named.contains(said) || said.startsWith(named) && said.length() - named.length() <= 2);
  }

  private static List<String> words(String text, Locale locale) {
    String folded = Normalizer.normalize(text.toLowerCase(locale), Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{Nd}]+", " ");
    return Arrays.stream(folded.trim().split(" ")).filter(w -> !w.isEmpty()).toList();
  }
}
