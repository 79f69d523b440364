package com.shoptalk.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether the shop carries the kind of product a reading asks for, and how products of it are found.
 *
 * <p>The shop carries a kind when products are of it by their title or category ("chair"), when the kind is the
 * first word of theirs ("pillow" of "pillow cover"), when the vocabulary calls it a kind of something the shop has
 * ("comforter" is bedding: the answer then says it searched for bedding), or when a German compound's head names
 * such a kind ("Holztisch" is a "Tisch" of "Holz"). It does not when the vocabulary puts the kind in a group of which
 * the shop has nothing ("dining table", "gaming chair", "Kochtopf": other products that merely contain a word the
 * shop knows), or a word moves it elsewhere ("outdoor chairs").
 */
final class KindResolver {

  /**
   * How products of the asked-for kind are found.
   *
   * @param terms         the kind's terms in the kind field
   * @param parts         whether they may be any word of a product's kind, not its head
   * @param broader       a broader term the products are of instead ("bedding" for "comforter"), or {@code null}
   * @param compoundParts the first parts of a German compound a product must also have ("holz"), or empty
   */
  record KindMatch(Set<String> terms, boolean parts, String broader, List<String> compoundParts) {
  }

  private final CatalogIndex index;
  private final SpokenWords words;
  private final ProductMatcher matcher;
  private final Ideas ideas;
  private final Locale locale;

  KindResolver(CatalogIndex index, SpokenWords words, ProductMatcher matcher, Ideas ideas, Locale locale) {
    this.index = index;
    this.words = words;
    this.matcher = matcher;
    this.ideas = ideas;
    this.locale = locale;
  }

  /** Tells whether a term is the kind of some product. */
  boolean isCatalogKind(String term) {
    return index.docFreq(CatalogAnalysis.KIND, term) > 0;
  }

  /** Returns how products of the reading's kind are found, or {@code null} when the shop does not carry it. */
  KindMatch match(Reading reading) {
    SpokenWords.Word head = reading.headWord();
    Lexicon.Kind vocabulary = reading.kind();
    boolean groupCarried = vocabulary == null || ideas.carries(vocabulary.group());
    List<String> own = head.terms().stream().filter(this::isCatalogKind).toList();
    if (!own.isEmpty()) {
      KindMatch match = new KindMatch(Set.of(own.get(0)), false, null, List.of());
      // "gaming chair" is no chair the shop has, unless a product is called one.
      return groupCarried || vocabulary.terms().size() == 1 || isCalled(reading, match) ? match : null;
    }
    if (!groupCarried) {
      return null;
    }
    // "pillow" of "pillow cover"; not "lounge" of "lounge chair" for a "chaise lounge", a kind of its own.
    if ((vocabulary == null || vocabulary.terms().size() == 1) && index.docFreq(CatalogAnalysis.KIND_PARTS, head.own()) > 0) {
      return new KindMatch(Set.of(head.own()), true, null, List.of());
    }
    for (String term : head.heads()) {
      if (!CompoundHeadFilter.isHead(head.own(), term) && isCatalogKind(term)) {
        return new KindMatch(Set.of(term), false, term, List.of());
      }
    }
    for (String term : head.heads()) {
      if (isCatalogKind(term) && index.lexicon().kind(List.of(term)) != null) {
        // "Holztisch": a Tisch of Holz; "Esstisch", whose first part no title has: Tische, and the answer says so.
        return head.modifiers().isEmpty() ? new KindMatch(Set.of(term), false, term, List.of())
            : new KindMatch(Set.of(term), false, null, head.modifiers());
      }
    }
    return null;
  }

  private boolean isCalled(Reading reading, KindMatch match) {
    List<org.apache.lucene.search.Query> called = reading.kindWords().stream()
        .filter(w -> w != reading.headWord()).map(matcher::word).toList();
    return !matcher.byKind(SearchQuery.of(""), match.terms(), false, called, List.of()).isEmpty();
  }

  /** Returns the words that move the kind where the shop has nothing: "outdoor" chairs, a "Garten"stuhl. */
  List<SpokenWords.Word> elsewhere(Reading reading) {
    SpokenWords.Word head = reading.headWord();
    List<SpokenWords.Word> elsewhere = new ArrayList<>(reading.elsewhere().stream()
        .filter(w -> !words.known(w)).toList());
    if (head.modifiers().stream().anyMatch(part -> index.lexicon().is("elsewhere", part)
        && index.docFreq(CatalogAnalysis.TITLE_PARTS, part) == 0)) {
      elsewhere.add(head);
    }
    return elsewhere;
  }

  /**
   * Answers that the shop does not carry the kind: names it as a shopper would ("chandeliers", "outdoor chairs") and
   * offers the closest categories it has.
   *
   * @param query     the query
   * @param reading   its reading
   * @param match     how the kind itself would be found when only {@code elsewhere} moves it away, else null
   * @param elsewhere the words that move it away
   * @param text      writes the reading's kind words as spoken
   */
  SearchResult notCarried(SearchQuery query, Reading reading, KindMatch match, List<SpokenWords.Word> elsewhere,
      String text) {
    String kind = reading.kind() != null ? reading.kind().display() : text;
    if (match == null) {
      return new SearchResult(query, List.of(), null, null, kind,
          ideas.closestTo(reading.kind() == null ? null : reading.kind().group()), false, null);
    }
    String where = elsewhere.stream().filter(w -> w != reading.headWord()).map(SpokenWords.Word::surface)
        .filter(w -> !kind.toLowerCase(locale).contains(w.toLowerCase(locale)))
        .collect(Collectors.joining(" "));
    return new SearchResult(query, List.of(), null, null, (where + " " + kind).strip(),
        ideas.categoriesOfKinds(match.terms()), false, null);
  }
}
