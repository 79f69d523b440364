package com.shoptalk.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A language's {@link Vocabulary} read the way one catalog's analysis reads text: kinds, collections and word
 * lists as sequences of index terms, so that "Couches", "couch" and "sofas" all find the kind "sofas".
 */
final class Lexicon {

  private static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");

  /**
   * A kind of product the vocabulary names.
   *
   * @param display the kind as a shopper would name it in a sentence ("vanity lights")
   * @param terms   the index terms of its words, the head last
   * @param group   its group
   */
  record Kind(String display, List<String> terms, Vocabulary.Group group) {

    /** Returns the term of the kind's head, its last word. */
    String head() {
      return terms.get(terms.size() - 1);
    }

    /** Returns the kind as one term, for the index. */
    String key() {
      return String.join(" ", terms);
    }
  }

  private final Vocabulary vocabulary;
  private final Map<List<String>, Kind> kinds = new HashMap<>();
  private final Map<List<String>, Vocabulary.Collection> collections = new HashMap<>();
  private final Map<String, Set<List<String>>> lists = new HashMap<>();
  private final Map<String, Vocabulary.Group> groups = new LinkedHashMap<>();
  private final Map<Vocabulary.Group, List<Kind>> kindsByGroup = new LinkedHashMap<>();
  private final Set<String> prepositions;
  private final Set<String> conjunctions;
  private final int longest;

  Lexicon(Vocabulary vocabulary, CatalogAnalysis.Fields analysis, Locale locale) {
    this.vocabulary = vocabulary;
    int max = 1;
    for (Vocabulary.Group group : vocabulary.groups()) {
      groups.put(group.name(), group);
      for (String kind : group.kinds()) {
        List<String> terms = terms(analysis, kind);
        if (!terms.isEmpty()) {
          Kind entry = new Kind(kind, terms, group);
          kinds.putIfAbsent(terms, entry);
          kindsByGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(entry);
          max = Math.max(max, terms.size());
        }
      }
    }
    for (Vocabulary.Collection collection : vocabulary.collections()) {
      for (String word : collection.words()) {
        List<String> terms = terms(analysis, word);
        if (!terms.isEmpty()) {
          collections.putIfAbsent(terms, collection);
          max = Math.max(max, terms.size());
        }
      }
    }
    for (String list : Vocabulary.WORD_LISTS) {
      Set<List<String>> phrases = new HashSet<>();
      for (String word : vocabulary.words(list)) {
        List<String> terms = terms(analysis, word);
        if (!terms.isEmpty()) {
          phrases.add(terms);
          max = Math.max(max, terms.size());
        }
      }
      lists.put(list, phrases);
    }
    // Prepositions are mostly stop words the analysis drops: they are recognized in the text as written.
    this.prepositions = vocabulary.words("preposition").stream().map(w -> w.toLowerCase(locale))
        .collect(Collectors.toUnmodifiableSet());
    this.conjunctions = vocabulary.words("conjunction").stream().map(w -> w.toLowerCase(locale))
        .collect(Collectors.toUnmodifiableSet());
    this.longest = max;
  }

  private static List<String> terms(CatalogAnalysis.Fields analysis, String phrase) {
    List<String> terms = new ArrayList<>();
    for (CatalogAnalysis.Token token : analysis.tokens(CatalogAnalysis.TITLE, phrase)) {
      terms.add(token.terms().get(0));
    }
    return List.copyOf(terms);
  }

  /** Returns the group with that name, or {@code null}. */
  Vocabulary.Group group(String name) {
    return groups.get(name);
  }

  /** Returns the groups in file order. */
  List<Vocabulary.Group> groups() {
    return vocabulary.groups();
  }

  /** Returns the kind whose terms are exactly these, or {@code null}. */
  Kind kind(List<String> terms) {
    return kinds.get(terms);
  }

  /**
   * Returns the longest kind whose words end at {@code end} in a run of terms.
   *
   * @param terms the words' own terms
   * @param end   the index of the last word
   * @return the kind, or {@code null}
   */
  Kind kindEndingAt(List<String> terms, int end) {
    for (int length = Math.min(longest, end + 1); length >= 1; length--) {
      Kind kind = kinds.get(terms.subList(end - length + 1, end + 1));
      if (kind != null) {
        return kind;
      }
    }
    return null;
  }

  /** Returns the number of words of the longest kind that starts at {@code start}, or 0. */
  int kindLengthAt(List<String> terms, int start) {
    for (int length = Math.min(longest, terms.size() - start); length >= 1; length--) {
      if (kinds.containsKey(terms.subList(start, start + length))) {
        return length;
      }
    }
    return 0;
  }

  /**
   * Finds the head of a run of words: the rightmost word that names a kind, among the words before the first
   * preposition that follows a word ("stool" in "bar stool with backrest"), else among all ("chairs" in
   * "set of four chairs").
   *
   * @param own         each word's own term
   * @param broader     each word's broader terms (a German compound's head, a synonym's broader word)
   * @param boundary    whether a preposition comes right before each word
   * @param catalogKind tells whether a term is a kind of the catalog even though the vocabulary lacks it
   * @return the index of the head, or -1 when no word names a kind
   */
  int head(List<String> own, List<List<String>> broader, boolean[] boundary, Predicate<String> catalogKind) {
    int end = own.size();
    for (int i = 1; i < own.size(); i++) {
      if (boundary[i]) {
        end = i;
        break;
      }
    }
    for (int i = end - 1; i >= 0; i--) {
      if (namesKind(own, broader.get(i), i, catalogKind)) {
        return i;
      }
    }
    for (int i = own.size() - 1; i >= end; i--) {
      if (namesKind(own, broader.get(i), i, catalogKind)) {
        return i;
      }
    }
    return -1;
  }

  private boolean namesKind(List<String> own, List<String> broader, int i, Predicate<String> catalogKind) {
    return kindEndingAt(own, i) != null || catalogKind.test(own.get(i))
        || broader.stream().anyMatch(t -> kinds.containsKey(List.of(t)) || catalogKind.test(t));
  }

  /**
   * Returns the length of the longest phrase of a word list that starts at {@code start}, or 0.
   *
   * @param list  the word list: gift, recipient, occasion, generic, filler, preposition, conjunction or elsewhere
   * @param terms the words' own terms
   * @param start the index of the first word
   */
  int phraseAt(String list, List<String> terms, int start) {
    Set<List<String>> phrases = lists.get(list);
    for (int length = Math.min(longest, terms.size() - start); length >= 1; length--) {
      if (phrases.contains(terms.subList(start, start + length))) {
        return length;
      }
    }
    return 0;
  }

  /** Tells whether a term is a one-word entry of a word list. */
  boolean is(String list, String term) {
    return lists.get(list).contains(List.of(term));
  }

  /**
   * Returns the collection whose phrase starts at {@code start} and its length, or {@code null}.
   *
   * @param terms the words' own terms
   * @param start the index of the first word
   */
  Map.Entry<Vocabulary.Collection, Integer> collectionAt(List<String> terms, int start) {
    for (int length = Math.min(longest, terms.size() - start); length >= 1; length--) {
      Vocabulary.Collection collection = collections.get(terms.subList(start, start + length));
      if (collection != null) {
        return Map.entry(collection, length);
      }
    }
    return null;
  }

  /** Returns the kinds of a group in the vocabulary's order, the most typical first. */
  List<Kind> kindsOf(Vocabulary.Group group) {
    return kindsByGroup.getOrDefault(group, List.of());
  }

  /** Tells whether text written between two words holds a preposition ("sofa with chaise", "Sessel aus Samt"). */
  boolean hasPreposition(String between, Locale locale) {
    return holds(between, locale, prepositions);
  }

  /** Tells whether text between two words of a query separates them: a preposition or a conjunction ("and"). */
  boolean separates(String between, Locale locale) {
    return holds(between, locale, prepositions) || holds(between, locale, conjunctions);
  }

  /** Returns the first preposition or conjunction written between two words, or {@code null}. */
  String separatorIn(String between, Locale locale) {
    for (String word : WORD_SEPARATOR.split(between.toLowerCase(locale))) {
      if (prepositions.contains(word) || conjunctions.contains(word)) {
        return word;
      }
    }
    return null;
  }

  private static boolean holds(String between, Locale locale, Set<String> words) {
    for (String word : WORD_SEPARATOR.split(between.toLowerCase(locale))) {
      if (words.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
