package com.shoptalk.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;

/** Reads the words of a search text the way the catalog's index does, and tells which of them it knows. */
final class SpokenWords {

  private static final List<String> MATCH_FIELDS = List.of(CatalogAnalysis.TITLE, CatalogAnalysis.CATEGORY,
      CatalogAnalysis.COLOR, CatalogAnalysis.BRAND, CatalogAnalysis.MATERIAL);
  private static final List<String> PART_FIELDS = List.of(CatalogAnalysis.TITLE_PARTS,
      CatalogAnalysis.CATEGORY_PARTS, CatalogAnalysis.COLOR, CatalogAnalysis.BRAND, CatalogAnalysis.MATERIAL);

  /**
   * One spoken word after analysis.
   *
   * @param surface   the word as spoken
   * @param terms     its index term, then those of the compounds it forms with a neighbour ("tea pot")
   * @param heads     broader terms: the heads of a German compound ("glas" of "weinglas"), or what the shopper
   *                  vocabulary says the word is a kind of ("bedding" for "comforter")
   * @param modifiers the other parts of a German compound ("wein")
   * @param phonetic  its sound codes
   * @param start     where the word starts in the text
   * @param end       where it ends
   */
  record Word(String surface, List<String> terms, List<String> heads, List<String> modifiers,
      List<String> phonetic, int start, int end) {

    /** Returns the word's own index term. */
    String own() {
      return terms.get(0);
    }

    /**
     * Returns the terms of the word as spoken: its own, its neighbour compounds, its compound parts; not the broader
     * words of the vocabulary.
     */
    List<String> spokenTerms() {
      return Stream.of(terms.stream(), heads.stream().filter(h -> CompoundHeadFilter.isHead(own(), h)),
          modifiers.stream()).flatMap(s -> s).distinct().toList();
    }

    /** Returns the word's terms, heads and modifiers, each once. */
    List<String> allTerms() {
      return Stream.of(terms, heads, modifiers).flatMap(List::stream).distinct().toList();
    }
  }

  private final CatalogIndex index;

  SpokenWords(CatalogIndex index) {
    this.index = index;
  }

  /** The fields in which a word makes a product match. */
  static List<String> matchFields() {
    return MATCH_FIELDS;
  }

  /**
   * Analyzes a search text into its words.
   *
   * @param text the search text, may be blank
   * @return the words in spoken order, without stop words
   */
  List<Word> analyze(String text) {
    List<Word> result = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return result;
    }
    CatalogAnalysis.Fields analysis = index.analysis();
    List<CatalogAnalysis.Token> withHeads = analysis.tokens(CatalogAnalysis.TITLE, text);
    List<CatalogAnalysis.Token> withParts = index.german() ? analysis.tokens(CatalogAnalysis.TITLE_PARTS, text)
        : withHeads;
    if (withParts.size() != withHeads.size()) {
      withParts = withHeads;
    }
    for (int i = 0; i < withHeads.size(); i++) {
      CatalogAnalysis.Token word = withHeads.get(i);
      String own = word.terms().get(0);
      List<String> terms = new ArrayList<>(List.of(own));
      // Spoken compounds come apart ("tea pot", "arm chair"): the joined neighbours count for both words.
      if (i > 0) {
        terms.addAll(joined(withHeads.get(i - 1), word));
      }
      if (i + 1 < withHeads.size()) {
        terms.addAll(joined(word, withHeads.get(i + 1)));
      }
      List<String> heads = word.terms().stream().skip(1).filter(t -> !t.equals(own)).distinct().toList();
      if (index.german()) {
        // The vocabulary reads whole words; a compound's head gets its words too ("Landschaftsbild": Bild, Malerei).
        heads = heads.stream().flatMap(h -> Stream.concat(Stream.of(h), index.terms(CatalogAnalysis.TITLE, h).stream()))
            .filter(t -> !t.equals(own)).distinct().toList();
      }
      List<String> wordHeads = heads;
      List<String> modifiers = withParts.get(i).terms().stream()
          .filter(t -> !t.equals(own) && !wordHeads.contains(t)).distinct().toList();
      result.add(new Word(word.surface(), List.copyOf(new LinkedHashSet<>(terms)), heads, modifiers,
          index.terms(CatalogAnalysis.TITLE_PHONETIC, word.surface()), word.start(), word.end()));
    }
    return result;
  }

  /**
   * Tells whether the catalog knows the word as spoken: in a title, category, colour or brand, as a part of a
   * compound there, or as a compound whose head and first part it knows. Unknown words are likely misheard.
   */
  boolean known(Word word) {
    if (word.terms().stream().anyMatch(t -> index.contains(t, MATCH_FIELDS)
        || index.german() && index.contains(t, PART_FIELDS))) {
      return true;
    }
    return word.heads().stream().anyMatch(t -> index.contains(t, MATCH_FIELDS))
        && word.modifiers().stream().anyMatch(t -> index.contains(t, PART_FIELDS));
  }

  /** Returns the phonetic codes of a word as the titles' sound field holds them. */
  List<String> soundOf(String word) {
    return index.terms(CatalogAnalysis.TITLE_PHONETIC, word);
  }

  private List<String> joined(CatalogAnalysis.Token first, CatalogAnalysis.Token second) {
    if (first.end() > second.start() || !first.surface().chars().allMatch(Character::isLetterOrDigit)
        || !second.surface().chars().allMatch(Character::isLetterOrDigit)) {
      return List.of(); // words a synonym put in, or no single words: nothing to join
    }
    List<String> joined = index.terms(CatalogAnalysis.TITLE, first.surface() + second.surface());
    return joined.isEmpty() ? List.of() : List.of(joined.get(0));
  }
}
