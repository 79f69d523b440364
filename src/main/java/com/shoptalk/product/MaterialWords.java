package com.shoptalk.product;

import com.shoptalk.catalog.CatalogResources;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The materials shoppers ask about and which is a kind of which ({@code catalog/materials.txt}): "oak" and "walnut"
 * are wood, "stainless steel" is steel and so metal, "faux leather" is not leather. Read once per language, when the
 * first material question is asked.
 */
final class MaterialWords {
  /** One material a line: {@code id | broader id | English words | German words}. */
  static final String RESOURCE = "/catalog/materials.txt";
  private static final Map<String, MaterialWords> BY_LANGUAGE = new ConcurrentHashMap<>();

  /** Every word this language has for a material, and the material's id. */
  private final Map<String, String> materialOf = new HashMap<>();
  /** A material and the broader one it is a kind of. */
  private final Map<String, String> broader = new HashMap<>();
  /** German joins words: "walnussholz" holds "walnuss"; English words stand alone. */
  private final boolean compounds;
  private final Locale locale;

  private MaterialWords(Locale locale) {
    this.locale = locale;
    this.compounds = locale.getLanguage().equals("de");
    int column = compounds ? 3 : 2;
    for (String line : CatalogResources.content(RESOURCE)) {
      String[] fields = line.split("\\|");
      String id = fields[0].strip();
      for (String word : fields[column].split(",")) {
        materialOf.put(normalize(word), id);
      }
      if (!fields[1].isBlank()) {
        broader.put(id, fields[1].strip());
      }
    }
  }

  static MaterialWords of(Locale locale) {
    return BY_LANGUAGE.computeIfAbsent(locale.getLanguage(), language -> new MaterialWords(locale));
  }

  /** The material the longest material word in {@code text} names ("Edelstahl" is steel), if any. */
  Optional<String> materialIn(String text) {
    String said = normalize(text);
    String longest = null;
    for (String word : materialOf.keySet()) {
      if ((longest == null || word.length() > longest.length()) && says(said, word)) {
        longest = word;
      }
    }
    return Optional.ofNullable(longest).map(materialOf::get);
  }

  /** Whether {@code material} is {@code other} or a kind of it (walnut is wood, steel is metal). */
  boolean isA(String material, String other) {
    for (String m = material; m != null; m = broader.get(m)) {
      if (m.equals(other)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text} says {@code words}: as whole words, or in German also inside a compound. */
  boolean contains(String text, String words) {
    return says(normalize(text), normalize(words));
  }

  /** {@link #contains} for words already normalized (the words of the list are, when read). */
  private boolean says(String said, String asked) {
    return !asked.isEmpty() && (compounds ? said.contains(asked) : (" " + said + " ").contains(" " + asked + " "));
  }

  private String normalize(String text) {
    return text.toLowerCase(locale).replace('-', ' ').replaceAll("\\s+", " ").strip();
  }
}
