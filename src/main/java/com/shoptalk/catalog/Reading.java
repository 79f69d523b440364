package com.shoptalk.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A search text understood: which words name the kind of product (the head: "dresser" in "dark gray dresser"),
 * which describe it, and what the words around them ask for: a gift ("a gift for my mom"), a room or department
 * ("something for the kitchen").
 *
 * @param content     the words that describe the product, in spoken order: kind, modifiers, numbers, unknown words
 * @param head        the index in {@code content} of the word naming the kind, or -1
 * @param kind        the vocabulary's kind ending at the head ("vanity lights"), or {@code null} when only the
 *                    catalog knows the kind, or there is none
 * @param phraseStart the index in {@code content} where the kind's words start ("vanity" of "vanity light")
 * @param boundary    for each content word, whether a preposition comes before it ("with" in "stool with backrest")
 * @param gift        whether the shopper asks for a gift: a gift word, an occasion or a recipient was said
 * @param collection  the room or department asked for, or {@code null}
 * @param topic       the collection's words as spoken ("kitchen"), or as the vocabulary says them ("wall decor"),
 *                    or {@code null}
 * @param elsewhere   content words that move a kind elsewhere ("outdoor" in "outdoor chairs")
 */
record Reading(List<SpokenWords.Word> content, int head, Lexicon.Kind kind, int phraseStart, boolean[] boundary,
    boolean gift, Vocabulary.Collection collection, String topic, List<SpokenWords.Word> elsewhere) {

  /** Tells whether a word names a kind. */
  boolean hasHead() {
    return head >= 0;
  }

  /** Returns the head word. */
  SpokenWords.Word headWord() {
    return content.get(head);
  }

  /** Returns the content words other than the kind's, in spoken order. */
  List<SpokenWords.Word> modifiers() {
    List<SpokenWords.Word> modifiers = new ArrayList<>();
    for (int i = 0; i < content.size(); i++) {
      if (i < phraseStart || i > head) {
        modifiers.add(content.get(i));
      }
    }
    return modifiers;
  }

  /** Returns the kind's words ("coffee", "table"), the head last. */
  List<SpokenWords.Word> kindWords() {
    return head < 0 ? List.of() : content.subList(phraseStart, head + 1);
  }

  /**
   * Reads the analyzed words of a search text.
   *
   * @param text        the search text
   * @param words       its analyzed words
   * @param lexicon     the catalog's lexicon
   * @param catalogKind tells whether a term is a kind of the catalog although the vocabulary lacks it
   * @param locale      the catalog's locale
   * @return the reading
   */
  static Reading of(String text, List<SpokenWords.Word> words, Lexicon lexicon, Predicate<String> catalogKind,
      Locale locale) {
    List<String> own = words.stream().map(SpokenWords.Word::own).toList();
    List<SpokenWords.Word> content = new ArrayList<>();
    List<Boolean> boundaries = new ArrayList<>();
    List<SpokenWords.Word> elsewhere = new ArrayList<>();
    boolean gift = false;
    Vocabulary.Collection collection = null;
    int afterCollection = -1;
    String topic = null;
    boolean pendingBoundary = false;
    int i = 0;
    while (i < words.size()) {
      SpokenWords.Word word = words.get(i);
      if (i > 0 && lexicon.separates(ProductKinds.between(text, words.get(i - 1).end(), word.start()), locale)) {
        pendingBoundary = true;
        if (collection != null && afterCollection < 0) {
          afterCollection = content.size();
        }
      }
      int asKind = lexicon.kindLengthAt(own, i);
      int skip = Math.max(lexicon.phraseAt("gift", own, i),
          Math.max(lexicon.phraseAt("occasion", own, i), lexicon.phraseAt("recipient", own, i)));
      Map.Entry<Vocabulary.Collection, Integer> room = lexicon.collectionAt(own, i);
      int filler = Math.max(lexicon.phraseAt("filler", own, i), lexicon.phraseAt("generic", own, i));
      int preposition = Math.max(lexicon.phraseAt("preposition", own, i), lexicon.phraseAt("conjunction", own, i));
      if (skip == 0 && asKind == 0 && word.heads().stream().anyMatch(h -> lexicon.is("gift", h))) {
        skip = 1; // "Hochzeitsgeschenk", "Muttertagsgeschenk"
      }
      if (skip > asKind && filler >= skip && lexicon.phraseAt("gift", own, i) == 0 && i + filler < words.size()
          && lexicon.phraseAt("preposition", own, i + filler) == 0
          && lexicon.phraseAt("conjunction", own, i + filler) == 0) {
        // A filler that may also name a recipient, before the words it quantifies: "ein paar Sessel" (a few
        // armchairs), "a couple of candles"; "für ein Paar" and "for a couple" stay a gift.
        i += filler;
      } else if (skip > asKind) {
        gift = true;
        i += skip;
      } else if (room != null && room.getValue() > asKind) {
        if (collection == null) {
          collection = room.getKey();
          topic = collection.said() != null ? collection.said()
              : text.substring(word.start(), Math.max(word.start(), words.get(i + room.getValue() - 1).end()));
        }
        if (lexicon.is("elsewhere", word.own())) {
          elsewhere.add(word);
        }
        i += room.getValue();
      } else if (asKind == 0 && (filler > 0 || preposition > 0)) {
        pendingBoundary |= preposition > 0;
        if (preposition > 0 && collection != null && afterCollection < 0) {
          afterCollection = content.size();
        }
        i += Math.max(filler, preposition);
      } else {
        // A word, or all the words of a kind ("trash can": "can" is no filler there).
        for (int k = i; k < i + Math.max(1, asKind); k++) {
          if (lexicon.is("elsewhere", words.get(k).own())) {
            elsewhere.add(words.get(k));
          }
          content.add(words.get(k));
          boundaries.add(pendingBoundary && content.size() > 1);
          pendingBoundary = false;
        }
        i += Math.max(1, asKind);
      }
    }
    boolean[] boundary = new boolean[content.size()];
    for (int k = 0; k < boundary.length; k++) {
      boundary[k] = boundaries.get(k);
    }
    List<String> contentOwn = content.stream().map(SpokenWords.Word::own).toList();
    // A kind may also be named by a broader term, by a word joined with its neighbour ("Bett Wäsche"), or by a
    // German compound's head when the vocabulary knows it as a kind ("Messinglampe"; not "Bügelbrett" by "Brett").
    List<List<String>> broader = content.stream().map(w -> Stream.concat(w.terms().stream().skip(1),
        w.heads().stream().filter(h -> !CompoundHeadFilter.isHead(w.own(), h) || lexicon.kind(List.of(h)) != null))
        .toList()).toList();
    int head = lexicon.head(contentOwn, broader, boundary, catalogKind);
    if (afterCollection >= 0 && head >= afterCollection) {
      head = -1; // "dinnerware sets without mugs" asks for dinnerware
    }
    Lexicon.Kind kind = head < 0 ? null : lexicon.kindEndingAt(contentOwn, head);
    if (kind == null && head >= 0) {
      kind = broader.get(head).stream().map(t -> lexicon.kind(List.of(t))).filter(k -> k != null).findFirst()
          .orElse(null);
      kind = kind == null ? null : new Lexicon.Kind(kind.display(), List.of(contentOwn.get(head)), kind.group());
    }
    int phraseStart = head < 0 ? 0 : kind == null ? head : head - kind.terms().size() + 1;
    kind = head < 0 ? null : kind;
    return new Reading(List.copyOf(content), head, kind, phraseStart, boundary, gift, collection, topic,
        List.copyOf(elsewhere));
  }
}
