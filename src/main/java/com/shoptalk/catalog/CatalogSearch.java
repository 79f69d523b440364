package com.shoptalk.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * Answers a search as a shop assistant would: reads what kind of product is asked for, finds products of that kind
 * that fit the describing words, broadens only along the kind, says so when the shop does not carry the kind, and
 * answers rooms, departments and gift requests with a selection.
 *
 * <p>Words the catalog does not know (brand and model names, dimensions) never make a product match: they rank
 * products that sound like them, and are dropped (the answer then says it searched for less). Spelling suggestions
 * are only made when the suggested words find products.
 */
final class CatalogSearch {

  private final CatalogIndex index;
  private final SpokenWords words;
  private final ProductMatcher matcher;
  private final Speller speller;
  private final Ideas ideas;
  private final Wording wording;
  private final Locale locale;

  CatalogSearch(CatalogIndex index, SpokenWords words, ProductMatcher matcher, Speller speller, Ideas ideas,
      Wording wording, Locale locale) {
    this.index = index;
    this.words = words;
    this.matcher = matcher;
    this.speller = speller;
    this.ideas = ideas;
    this.wording = wording;
    this.locale = locale;
  }

  /** How a query's head names a kind the catalog has: its terms, and what else a product must match. */
  private record KindMatch(Set<String> terms, boolean parts, String broader, List<String> compoundParts) {
  }

  /**
   * Searches, correcting spelling and broadening when needed.
   *
   * @param query the query
   * @return the result
   */
  SearchResult search(SearchQuery query) {
    return search(query, true);
  }

  private SearchResult search(SearchQuery query, boolean helpful) {
    List<SpokenWords.Word> spoken = words.analyze(query.text());
    Reading reading = Reading.of(query.text(), spoken, index.lexicon(), this::isCatalogKind, locale);
    SearchResult result;
    if (reading.hasHead()) {
      result = byKind(query, reading, helpful);
    } else if (reading.collection() != null) {
      result = ideas.forCollection(query, reading);
    } else if (reading.gift() && reading.content().isEmpty()) {
      result = ideas.gifts(query);
    } else if (reading.content().isEmpty()) {
      result = withoutWords(query, helpful);
    } else {
      result = byWords(query, reading, helpful);
    }
    return reading.gift() && !result.gift() ? result.asGift() : result;
  }

  private boolean isCatalogKind(String term) {
    return index.docFreq(CatalogAnalysis.KIND, term) > 0;
  }

  private SearchResult byKind(SearchQuery query, Reading reading, boolean helpful) {
    SpokenWords.Word head = reading.headWord();
    KindMatch kind = kindOf(head);
    List<SpokenWords.Word> elsewhere = elsewhere(reading, head);
    if (kind == null || !elsewhere.isEmpty()) {
      return notCarried(query, reading, kind, elsewhere);
    }
    if (kind.broader() != null) {
      // "comforter" → "bedding": the answer says it searched for what the shop has.
      String broader = textOf(reading, word -> true, wording.of(kind.broader()));
      return search(query.withText(broader), helpful).broadenedFrom(query);
    }
    List<SpokenWords.Word> known = new ArrayList<>();
    List<SpokenWords.Word> unknown = new ArrayList<>();
    for (SpokenWords.Word word : reading.content()) {
      if (word != head) {
        (words.known(word) ? known : unknown).add(word);
      }
    }
    List<Query> required = new ArrayList<>(known.stream().map(matcher::word).toList());
    if (!kind.compoundParts().isEmpty()) {
      required.add(matcher.parts(kind.compoundParts()));
    }
    Query description = new BooleanQuery.Builder()
        .add(matcher.description(reading.content()), Occur.SHOULD)
        .add(matcher.literal(reading.content()), Occur.SHOULD).build();
    if (helpful && !unknown.isEmpty()) {
      List<Query> bySound = new ArrayList<>(required);
      unknown.forEach(word -> bySound.add(matcher.sound(word)));
      List<Product> found = matcher.byKind(query, kind.terms(), kind.parts(), bySound, List.of(description));
      String correction = found.isEmpty() ? null : speller.correction(query.text(), unknown, found);
      if (correction != null) {
        return new SearchResult(query, found, correction, null);
      }
    }
    List<Query> ranking = new ArrayList<>(unknown.stream().map(matcher::sound).toList());
    ranking.add(description);
    List<Product> found = matcher.byKind(query, kind.terms(), kind.parts(), required, ranking);
    if (!found.isEmpty()) {
      return unknown.isEmpty() ? new SearchResult(query, found, null, null)
          : new SearchResult(query.withText(textOf(reading, word -> !unknown.contains(word), null)), found, null,
              query);
    }
    if (!helpful) {
      return new SearchResult(query, List.of(), null, null);
    }
    String headText = kind.compoundParts().isEmpty() ? null : wording.of(kind.terms().iterator().next());
    List<SpokenWords.Word> describing = known.stream().filter(w -> !reading.kindWords().contains(w)).toList();
    for (Broadener.Step step : Broadener.alongKind(query, reading, describing, kept -> textOf(reading,
        word -> kept.contains(word) || reading.kindWords().contains(word) && !unknown.contains(word), headText))) {
      List<Query> stepRequired = new ArrayList<>(step.kept().stream().map(matcher::word).toList());
      reading.kindWords().stream().filter(w -> w != head && known.contains(w)).map(matcher::word)
          .forEach(stepRequired::add);
      found = matcher.byKind(step.query(), kind.terms(), kind.parts(), stepRequired, List.of(description));
      if (!found.isEmpty()) {
        return new SearchResult(step.query(), found, null, query);
      }
    }
    if (!kind.compoundParts().isEmpty() || reading.kindWords().size() > 1) {
      // Last: the kind's head alone ("Tische" for "Holztisch", "table" for "dining table").
      SearchQuery bare = new SearchQuery(wording.of(kind.terms().iterator().next()), null, null, null, null,
          query.sort());
      found = matcher.byKind(bare, kind.terms(), kind.parts(), List.of(), List.of(description));
      if (!found.isEmpty()) {
        return new SearchResult(bare, found, null, query);
      }
    }
    return new SearchResult(query, List.of(), null, null, null, ideas.categoriesOfKinds(kind.terms()), false, null);
  }

  /**
   * Returns how the catalog has the head's kind: as the kind of products, as part of their kind ("pillow" of
   * "pillow cover"), only as a broader word ("bedding" for "comforter"), or as a German compound's head with its
   * first part as a describing word ("Tisch" of "Holztisch"); {@code null} when not at all.
   */
  private KindMatch kindOf(SpokenWords.Word head) {
    List<String> own = head.terms().stream().filter(this::isCatalogKind).toList();
    if (!own.isEmpty()) {
      return new KindMatch(Set.of(own.get(0)), false, null, List.of());
    }
    if (index.docFreq(CatalogAnalysis.KIND_PARTS, head.own()) > 0 && carriesGroupOf(head)) {
      return new KindMatch(Set.of(head.own()), true, null, List.of());
    }
    for (String term : head.heads()) {
      if (!CompoundHeadFilter.isHead(head.own(), term) && isCatalogKind(term)) {
        return new KindMatch(Set.of(term), false, term, List.of());
      }
    }
    for (String term : head.heads()) {
      if (isCatalogKind(term)) {
        // "Holztisch": a Tisch of Holz; "Esstisch", whose first part no title has: Tische, and the answer says so.
        return head.modifiers().isEmpty() ? new KindMatch(Set.of(term), false, term, List.of())
            : new KindMatch(Set.of(term), false, null, head.modifiers());
      }
    }
    return null;
  }

  /**
   * Tells whether the shop carries the vocabulary group of a word that is only part of the catalog's kinds: "pillow"
   * of "pillow cover" is bedding like them, "wine" of "wine glass" is no glassware.
   */
  private boolean carriesGroupOf(SpokenWords.Word word) {
    Lexicon.Kind kind = index.lexicon().kind(List.of(word.own()));
    return kind == null || ideas.carries(kind.group());
  }

  /** Returns the words that move the kind where the shop has nothing: "outdoor" chairs, a "Garten"stuhl. */
  private List<SpokenWords.Word> elsewhere(Reading reading, SpokenWords.Word head) {
    List<SpokenWords.Word> elsewhere = new ArrayList<>(reading.elsewhere().stream()
        .filter(w -> !words.known(w)).toList());
    if (head.modifiers().stream().anyMatch(part -> index.lexicon().is("elsewhere", part)
        && index.docFreq(CatalogAnalysis.TITLE_PARTS, part) == 0)) {
      elsewhere.add(head);
    }
    return elsewhere;
  }

  private SearchResult notCarried(SearchQuery query, Reading reading, KindMatch kind,
      List<SpokenWords.Word> elsewhere) {
    String kindName = reading.kind() != null ? reading.kind().display()
        : textOf(reading, word -> reading.kindWords().contains(word), null);
    if (kind == null) {
      return new SearchResult(query, List.of(), null, null, kindName,
          ideas.closestTo(reading.kind() == null ? null : reading.kind().group()), false, null);
    }
    String where = elsewhere.stream().filter(w -> w != reading.headWord()).map(SpokenWords.Word::surface)
        .filter(w -> !kindName.toLowerCase(locale).contains(w.toLowerCase(locale)))
        .collect(Collectors.joining(" "));
    return new SearchResult(query, List.of(), null, null, (where + " " + kindName).strip(),
        ideas.categoriesOfKinds(kind.terms()), false, null);
  }

  /** Answers a query of constraints only ("under 20 dollars"), or nothing but filler words. */
  private SearchResult withoutWords(SearchQuery query, boolean helpful) {
    if (!query.text().isBlank() && !query.hasConstraints()) {
      return new SearchResult(query, List.of(), null, null, null, ideas.mainCategories(), false, null);
    }
    SearchQuery all = query.withText("");
    List<Product> found = matcher.find(all, List.of(), false);
    if (found.isEmpty() && helpful) {
      for (SearchQuery broader : Broadener.constraintsOnly(all)) {
        List<Product> broaderFound = matcher.find(broader, List.of(), false);
        if (!broaderFound.isEmpty()) {
          return new SearchResult(broader, broaderFound, null, query);
        }
      }
    }
    return new SearchResult(query, found, null, null);
  }

  /** Answers a query that names no kind: its words must all match, misheard ones by sound with a correction. */
  private SearchResult byWords(SearchQuery query, Reading reading, boolean helpful) {
    List<SpokenWords.Word> content = reading.content();
    if (content.stream().noneMatch(w -> w.surface().chars().anyMatch(Character::isLetter))) {
      // Numbers alone ("2", "5x6") are never what a product is.
      return new SearchResult(query, List.of(), null, null, null, ideas.mainCategories(), false, null);
    }
    List<SpokenWords.Word> unknown = content.stream().filter(w -> !words.known(w)).toList();
    List<Product> found = matcher.find(query, content, helpful);
    if (!found.isEmpty()) {
      if (unknown.isEmpty()) {
        return new SearchResult(query, found, null, null);
      }
      String correction = speller.correction(query.text(), unknown, found);
      if (correction != null) {
        return new SearchResult(query, found, correction, null);
      }
    }
    if (!helpful) {
      return new SearchResult(query, List.of(), null, null);
    }
    if (!unknown.isEmpty()) {
      // A misheard word the words around it explain ("jute ruck": the jute products have a "rug"), else one close
      // to a kind the catalog has ("velvet sofer").
      List<SpokenWords.Word> known = content.stream().filter(w -> !unknown.contains(w)).toList();
      String corrected = known.isEmpty() ? null
          : speller.correction(query.text(), unknown, matcher.find(query, known, false));
      if (corrected == null) {
        corrected = speller.asKind(query.text(), unknown, wording::of);
      }
      SearchResult result = corrected == null ? null : search(query.withText(corrected), true);
      if (result != null && (!result.isEmpty() || result.isNotCarried())) {
        SearchResult answer = result.isBroadened() || result.isNotCarried() ? result.broadenedFrom(query)
            : new SearchResult(query, result.products(), null, null, null, result.related(), result.gift(),
                result.topic());
        return answer.withSuggestion(corrected);
      }
    }
    for (SearchQuery broader : Broadener.constraintsOnly(query)) {
      List<Product> broaderFound = matcher.find(broader, content, false);
      if (!broaderFound.isEmpty()) {
        return new SearchResult(broader, broaderFound, null, query);
      }
    }
    String suggestion = speller.suggest(query.text());
    if (suggestion != null && search(query.withText(suggestion), false).isEmpty()) {
      suggestion = null;
    }
    return new SearchResult(query, List.of(), suggestion, null, null, ideas.mainCategories(), false, null);
  }

  /**
   * Writes a query text in the shopper's words: the content words {@code keep} accepts, in spoken order, the kind's
   * words replaced by {@code kindText} when given.
   */
  private static String textOf(Reading reading, Predicate<SpokenWords.Word> keep, String kindText) {
    List<String> parts = new ArrayList<>();
    int lastStart = -1;
    boolean kindWritten = false;
    for (SpokenWords.Word word : reading.content()) {
      boolean ofKind = reading.kindWords().contains(word);
      if (ofKind && kindText != null) {
        if (!kindWritten) {
          parts.add(kindText);
          kindWritten = true;
        }
      } else if (keep.test(word) && word.start() != lastStart) {
        // Words a synonym put in share the span of the words they replaced: each span is written once.
        parts.add(word.surface());
        lastStart = word.start();
      }
    }
    return String.join(" ", parts);
  }
}
