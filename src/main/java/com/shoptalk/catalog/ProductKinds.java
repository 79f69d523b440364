package com.shoptalk.catalog;

import java.util.List;
import java.util.Locale;

/**
 * Tells what a product is, from its title and category: the kind its title ends on before any preposition
 * ("chair" of "Abigail Lounge Chair", "Sessel" of "Sessel im Art-Deco-Stil", "Teppich" of "Teppich Amalia") and
 * the kind its category names ("glassware" of "Bar and Glassware").
 *
 * <p>Kinds come from the {@link Lexicon}; an English title without one falls back to its last word before any
 * preposition, which is how English names things.
 */
final class ProductKinds {

  /**
   * A product's kinds as written in its feed.
   *
   * @param titleHead      the word of the title that says what the product is, or empty
   * @param titlePhrase    that word with the words that make a kind with it ("Pillow Cover"), or empty
   * @param categoryHead   the same for the category
   * @param categoryPhrase the same for the category
   * @param kind           the vocabulary's kind the product is (by its title, else its category), or {@code null}
   */
  record Kinds(String titleHead, String titlePhrase, String categoryHead, String categoryPhrase,
      Lexicon.Kind kind) {
  }

  /** The head and phrase of one text, and the vocabulary's kind they name. */
  private record Found(String head, String phrase, Lexicon.Kind kind) {
    static final Found NONE = new Found("", "", null);
  }

  private final CatalogAnalysis.Fields analysis;
  private final Lexicon lexicon;
  private final Locale locale;

  ProductKinds(CatalogAnalysis.Fields analysis, Lexicon lexicon, Locale locale) {
    this.analysis = analysis;
    this.lexicon = lexicon;
    this.locale = locale;
  }

  /** Returns the kinds of a product. */
  Kinds of(Product product) {
    Found title = headAndPhrase(product.title());
    Found category = headAndPhrase(product.category());
    return new Kinds(title.head(), title.phrase(), category.head(), category.phrase(),
        title.kind() != null ? title.kind() : category.kind());
  }

  /** Returns the text between two offsets, empty where words overlap (a synonym spans the words it replaced). */
  static String between(String text, int end, int start) {
    return end < start ? text.substring(end, start) : "";
  }

  /** Returns the head word and the kind phrase of a text as written, and the vocabulary's kind of them. */
  private Found headAndPhrase(String text) {
    List<CatalogAnalysis.Token> tokens = analysis.tokens(CatalogAnalysis.TITLE, text);
    if (tokens.isEmpty()) {
      return Found.NONE;
    }
    List<String> own = tokens.stream().map(t -> t.terms().get(0)).toList();
    List<List<String>> broader = tokens.stream().map(t -> t.terms().subList(1, t.terms().size())).toList();
    boolean[] boundary = new boolean[tokens.size()];
    int regionEnd = tokens.size();
    for (int i = 1; i < tokens.size(); i++) {
      boundary[i] = lexicon.hasPreposition(between(text, tokens.get(i - 1).end(), tokens.get(i).start()), locale);
      if (boundary[i] && regionEnd == tokens.size()) {
        regionEnd = i;
      }
    }
    int head = lexicon.head(own, broader, boundary, term -> false);
    if (head < 0 && !analysis.german()) {
      for (int i = regionEnd - 1; i >= 0 && head < 0; i--) {
        if (own.get(i).chars().anyMatch(Character::isLetter)) {
          head = i;
        }
      }
    }
    if (head < 0) {
      return Found.NONE;
    }
    Lexicon.Kind kind = lexicon.kindEndingAt(own, head);
    int start = kind == null ? head : head - kind.terms().size() + 1;
    if (kind == null) {
      // A compound whose head the vocabulary knows: "Elfenbeinteller" is a Teller.
      kind = broader.get(head).stream().map(term -> lexicon.kind(List.of(term))).filter(k -> k != null)
          .findFirst().orElse(null);
    }
    CatalogAnalysis.Token last = tokens.get(head);
    return new Found(text.substring(last.start(), last.end()),
        text.substring(Math.min(tokens.get(start).start(), last.start()), last.end()), kind);
  }
}
