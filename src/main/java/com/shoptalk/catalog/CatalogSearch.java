package com.shoptalk.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.apache.lucene.search.Query;

/**
 * Answers a search as a shop assistant would: reads what kind of product is asked for, finds products of that kind
 * that fit the describing words, broadens only along the kind, says so when the shop does not carry the kind, and
 * answers rooms, departments and gift requests with a selection.
 *
 * <p>Words the catalog does not know (brand and model names, dimensions) never make a product match: they rank
 * products that sound like them, and are dropped (the answer then says it searched for less). Spelling suggestions
 * are only made when the suggested words find products, or name a kind the shop does not carry.
 */
final class CatalogSearch {

  private final CatalogIndex index;
  private final SpokenWords words;
  private final ProductMatcher matcher;
  private final Speller speller;
  private final Ideas ideas;
  private final Wording wording;
  private final KindResolver kinds;
  private final Locale locale;

  CatalogSearch(CatalogIndex index, SpokenWords words, ProductMatcher matcher, Speller speller, Ideas ideas,
      Wording wording, Locale locale) {
    this.index = index;
    this.words = words;
    this.matcher = matcher;
    this.speller = speller;
    this.ideas = ideas;
    this.wording = wording;
    this.kinds = new KindResolver(index, words, matcher, ideas, locale);
    this.locale = locale;
  }

  /** How much help a search may give. */
  private enum Help {
    /** Respell misheard words, broaden. */
    ALL,
    /** Broaden, but respell nothing more: the query was respelled already. */
    BROADEN,
    /** Neither: checks whether words find products as they are. */
    NONE;

    boolean broaden() {
      return this != NONE;
    }

    boolean respell() {
      return this == ALL;
    }
  }

  /**
   * Searches, correcting spelling and broadening when needed.
   *
   * @param query the query
   * @return the result
   */
  SearchResult search(SearchQuery query) {
    return search(query, Help.ALL);
  }

  private SearchResult search(SearchQuery query, Help help) {
    List<SpokenWords.Word> spoken = words.analyze(query.text());
    Reading reading = Reading.of(query.text(), spoken, index.lexicon(), kinds::isCatalogKind, locale);
    SearchResult result;
    if (reading.hasHead()) {
      result = byKind(query, reading, help);
    } else if (reading.collection() != null) {
      // "a coach for the living room": a misheard kind before the room.
      List<SpokenWords.Word> unknown = reading.content().stream().filter(w -> !words.known(w)).toList();
      SearchResult respelled = help.respell() && !unknown.isEmpty() ? respelled(query, unknown) : null;
      result = respelled != null ? respelled : ideas.forCollection(query, reading);
    } else if (reading.gift()) {
      result = ideas.gifts(query, reading.content().isEmpty() ? null : matcher.relevance(reading.content()));
    } else if (reading.content().isEmpty()) {
      result = withoutWords(query, help.broaden());
    } else {
      result = byWords(query, reading, help);
    }
    return reading.gift() && !result.gift() ? result.asGift() : result;
  }

  private SearchResult byKind(SearchQuery query, Reading reading, Help help) {
    SpokenWords.Word head = reading.headWord();
    List<SpokenWords.Word> known = new ArrayList<>();
    List<SpokenWords.Word> unknown = new ArrayList<>();
    for (SpokenWords.Word word : reading.content()) {
      if (word != head) {
        (words.known(word) ? known : unknown).add(word);
      }
    }
    if (help.respell()) {
      // "wine classes": an unknown word where the kind should be is likely the misheard kind; "Coutchtisch": a
      // misspelled compound, found only by its head, likely too.
      List<SpokenWords.Word> tail = new ArrayList<>(unknown.stream().filter(w -> reading.content().indexOf(w)
          > reading.head() && !afterBoundary(reading, w)).toList());
      if (!words.known(head) && (reading.kind() == null || index.lexicon().kind(reading.kind().terms()) == null)) {
        tail.add(head);
      }
      SearchResult corrected = tail.isEmpty() ? null : respelled(query, tail);
      if (corrected != null) {
        return corrected;
      }
    }
    KindResolver.KindMatch kind = kinds.match(reading);
    List<SpokenWords.Word> elsewhere = kind == null ? List.of() : kinds.elsewhere(reading);
    if (kind == null || !elsewhere.isEmpty()) {
      return kinds.notCarried(query, reading, kind, elsewhere,
          textOf(query.text(), reading, w -> reading.kindWords().contains(w), null));
    }
    // Found by a broader word ("bedding" for "comforter"), the answer names that word.
    String kindText = kind.broader() == null ? null : wording.of(kind.broader());
    List<Query> required = new ArrayList<>(known.stream().map(matcher::word).toList());
    if (!kind.compoundParts().isEmpty()) {
      required.add(matcher.parts(kind.compoundParts()));
    }
    Query ranking = matcher.relevance(reading.content());
    if (help.broaden() && kindText == null && !unknown.isEmpty()) {
      List<Query> bySound = new ArrayList<>(required);
      unknown.forEach(word -> bySound.add(matcher.sound(word)));
      List<Product> found = matcher.byKind(query, kind.terms(), kind.parts(), bySound, List.of(ranking));
      String correction = found.isEmpty() ? null : speller.correction(query.text(), unknown, found, true);
      if (correction != null) {
        return new SearchResult(query, found, correction, null);
      }
    }
    List<Product> found = matcher.byKind(query, kind.terms(), kind.parts(), required, List.of(ranking));
    if (!found.isEmpty()) {
      if (unknown.isEmpty() && kindText == null) {
        return new SearchResult(query, found, null, null);
      }
      String broader = textOf(query.text(), reading, w -> !unknown.contains(w), kindText);
      if (broader.equalsIgnoreCase(query.text())) {
        // "futon" searched as a sofa: the answer names what was searched.
        broader = textOf(query.text(), reading, w -> !unknown.contains(w), wording.of(kind.terms().iterator().next()));
      }
      return new SearchResult(query.withText(broader), found, null, query);
    }
    if (!help.broaden()) {
      return new SearchResult(query, List.of(), null, null);
    }
    String headText = kindText != null || kind.compoundParts().isEmpty() ? kindText
        : wording.of(kind.terms().iterator().next());
    List<SpokenWords.Word> describing = known.stream().filter(w -> !reading.kindWords().contains(w)).toList();
    for (Broadener.Step step : Broadener.alongKind(query, reading, describing, kept -> textOf(query.text(), reading,
        w -> kept.contains(w) || reading.kindWords().contains(w) && !unknown.contains(w), headText))) {
      List<Query> stepRequired = new ArrayList<>(step.kept().stream().map(matcher::word).toList());
      reading.kindWords().stream().filter(w -> w != head && known.contains(w)).map(matcher::word)
          .forEach(stepRequired::add);
      found = matcher.byKind(step.query(), kind.terms(), kind.parts(), stepRequired, List.of(ranking));
      if (!found.isEmpty()) {
        return new SearchResult(step.query(), found, null, query);
      }
    }
    // Last: the kind alone ("table" for "dining table"), without price, colour or brand.
    SearchQuery bare = new SearchQuery(kindText != null ? kindText : wording.of(kind.terms().iterator().next()),
        null, null, null, null, query.sort());
    found = matcher.byKind(bare, kind.terms(), kind.parts(), List.of(), List.of(ranking));
    return found.isEmpty() ? new SearchResult(query, List.of(), null, null, null,
        ideas.categoriesOfKinds(kind.terms()), false, null) : new SearchResult(bare, found, null, query);
  }

  private static boolean afterBoundary(Reading reading, SpokenWords.Word word) {
    for (int i = reading.head() + 1; i <= reading.content().indexOf(word); i++) {
      if (reading.boundary()[i]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Searches again with misheard words respelled as kinds: of the catalog's (Lucene's spell checker on the kind
   * field), else of the vocabulary's. Returns the answer with the respelled text as suggestion, or {@code null}
   * when no respelling finds products or a kind the shop does not carry.
   */
  private SearchResult respelled(SearchQuery query, List<SpokenWords.Word> misheard) {
    String corrected = speller.asKind(query.text(), misheard, wording::of);
    if (corrected == null) {
      corrected = speller.asWord(query.text(), misheard, KindSpelling.of(locale)::closest);
    }
    SearchResult result = corrected == null ? null : search(query.withText(corrected), Help.BROADEN);
    if (result == null || result.isEmpty() && !result.isNotCarried()) {
      return null;
    }
    SearchResult answer = result.isBroadened() || result.isNotCarried() ? result.broadenedFrom(query)
        : new SearchResult(query, result.products(), null, null, null, result.related(), result.gift(),
            result.topic());
    return answer.withSuggestion(corrected);
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
  private SearchResult byWords(SearchQuery query, Reading reading, Help help) {
    List<SpokenWords.Word> content = reading.content();
    if (content.stream().noneMatch(w -> w.surface().chars().anyMatch(Character::isLetter))) {
      // Numbers alone ("2", "5x6") are never what a product is.
      return new SearchResult(query, List.of(), null, null, null, ideas.mainCategories(), false, null);
    }
    List<SpokenWords.Word> unknown = content.stream().filter(w -> !words.known(w)).toList();
    List<Product> found = matcher.find(query, content, help.broaden());
    if (!found.isEmpty()) {
      if (unknown.isEmpty()) {
        return new SearchResult(query, found, null, null);
      }
      String correction = speller.correction(query.text(), unknown, found, false);
      if (correction != null) {
        return new SearchResult(query, found, correction, null);
      }
    }
    if (!help.broaden()) {
      return new SearchResult(query, List.of(), null, null);
    }
    if (!unknown.isEmpty() && help.respell()) {
      // A misheard word the words around it explain ("jute ruck": the jute products have a "rug"), else one close
      // to a kind ("velvet sofer").
      List<SpokenWords.Word> known = content.stream().filter(w -> !unknown.contains(w)).toList();
      String explained = known.isEmpty() ? null
          : speller.correction(query.text(), unknown, matcher.find(query, known, false), true);
      SearchResult result = explained == null ? null : search(query.withText(explained), Help.BROADEN);
      if (result != null && !result.isEmpty()) {
        return new SearchResult(query, result.products(), explained, null);
      }
      result = respelled(query, unknown);
      if (result != null) {
        return result;
      }
    }
    for (SearchQuery broader : Broadener.constraintsOnly(query)) {
      List<Product> broaderFound = matcher.find(broader, content, false);
      if (!broaderFound.isEmpty()) {
        return new SearchResult(broader, broaderFound, null, query);
      }
    }
    String suggestion = speller.suggest(query.text());
    if (suggestion != null && search(query.withText(suggestion), Help.NONE).isEmpty()) {
      suggestion = null;
    }
    return new SearchResult(query, List.of(), suggestion, null, null, ideas.mainCategories(), false, null);
  }

  /**
   * Writes a query text in the shopper's words: the content words {@code keep} accepts, in spoken order, with the
   * prepositions between them ("stool with backrest"), the kind's words replaced by {@code kindText} when given.
   */
  private String textOf(String text, Reading reading, Predicate<SpokenWords.Word> keep, String kindText) {
    StringBuilder written = new StringBuilder();
    int lastStart = -1;
    int lastEnd = -1;
    boolean kindWritten = false;
    List<SpokenWords.Word> content = reading.content();
    for (int i = 0; i < content.size(); i++) {
      SpokenWords.Word word = content.get(i);
      boolean ofKind = reading.kindWords().contains(word);
      String part = null;
      if (ofKind && kindText != null) {
        part = kindWritten ? null : kindText;
        kindWritten = true;
      } else if (keep.test(word) && word.start() != lastStart) {
        // Words a synonym put in share the span of the words they replaced: each span is written once.
        part = word.surface();
      }
      if (part == null) {
        continue;
      }
      if (!written.isEmpty()) {
        String separator = reading.boundary()[i] && lastEnd >= 0 && lastEnd < word.start()
            ? index.lexicon().separatorIn(text.substring(lastEnd, word.start()), locale) : null;
        written.append(separator == null ? " " : " " + separator + " ");
      }
      written.append(part);
      lastStart = word.start();
      lastEnd = word.end();
    }
    return written.toString().replaceAll("\\s+", " ").strip();
  }
}
