package com.shoptalk.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What shoppers ask for in one language, as written in {@code catalog/vocabulary-<language>.txt}: kinds of product
 * by group, collections (rooms and departments) and the words around a request (gifts, recipients, occasions,
 * fillers, prepositions, and words that move a kind elsewhere, like "outdoor").
 *
 * <p>The words are as written; {@link Lexicon} reads them the way a catalog's analysis does.
 *
 * @param groups      the groups of kinds, in file order
 * @param collections the rooms and departments, in file order
 * @param words       the word lists by name: gift, recipient, occasion, generic, filler, preposition, conjunction,
 *                    elsewhere
 */
record Vocabulary(List<Group> groups, List<Collection> collections, Map<String, List<String>> words) {

  /** The word lists a vocabulary file must have. */
  static final List<String> WORD_LISTS = List.of("gift", "recipient", "occasion", "generic", "filler",
      "preposition", "conjunction", "elsewhere");

  private static final Map<String, Vocabulary> BY_LANGUAGE = new ConcurrentHashMap<>();

  /**
   * A group of kinds of product that belong together.
   *
   * @param name  the group's key, the same in every language
   * @param near  the groups to offer, closest first, when the shop carries nothing of this one
   * @param gift  whether its products make good gifts
   * @param kinds the kinds, each as a shopper would name it in a sentence ("vanity lights")
   */
  record Group(String name, List<String> near, boolean gift, List<String> kinds) {
  }

  /**
   * A room or department: words that ask for products of several groups.
   *
   * @param name   the collection's key
   * @param groups the names of the groups it spans
   * @param words  the words and phrases that name it
   * @param said   how answers name it ("wall decor" for "something to hang above my couch"), or {@code null}: as
   *               the shopper said it
   */
  record Collection(String name, List<String> groups, List<String> words, String said) {
  }

  Vocabulary {
    groups = List.copyOf(groups);
    collections = List.copyOf(collections);
    words = Map.copyOf(words);
  }

  /** Returns the named word list. */
  List<String> words(String list) {
    return words.getOrDefault(list, List.of());
  }

  /** Returns every single word the vocabulary names, for the German compound dictionary. */
  Stream<String> allWords() {
    return Stream.of(groups.stream().flatMap(g -> g.kinds().stream()),
            collections.stream().flatMap(c -> c.words().stream()),
            words.values().stream().flatMap(List::stream))
        .flatMap(s -> s).flatMap(phrase -> Stream.of(phrase.split("\\s+")));
  }

  /**
   * Returns the vocabulary of a locale's language, read once from the classpath.
   *
   * @param locale the catalog's locale; German for {@code de}, English otherwise
   * @return the vocabulary
   */
  static Vocabulary of(Locale locale) {
    String language = NumberWords.isGerman(locale) ? "de" : "en";
    return BY_LANGUAGE.computeIfAbsent(language, l -> read("/catalog/vocabulary-" + l + ".txt"));
  }

  private static Vocabulary read(String resource) {
    Parser parser = new Parser(resource);
    List<String> lines = CatalogResources.lines(resource);
    for (int i = 0; i < lines.size(); i++) {
      parser.line(lines.get(i), i + 1);
    }
    return parser.finish();
  }

  /** Reads a vocabulary file line by line: section headers, {@code key = value} settings and word lines. */
  private static final class Parser {
    private final String resource;
    private final List<Group> groups = new ArrayList<>();
    private final List<Collection> collections = new ArrayList<>();
    private final Map<String, List<String>> words = new LinkedHashMap<>();
    private String type;
    private String name;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final List<String> entries = new ArrayList<>();

    Parser(String resource) {
      this.resource = resource;
    }

    void line(String line, int number) {
      if (line.isEmpty() || line.startsWith("#")) {
        return;
      }
      if (line.startsWith("[")) {
        flush();
        String[] header = line.substring(1, line.length() - 1).strip().split("\\s+", 2);
        if (!line.endsWith("]") || header.length < 2 || !List.of("group", "collection", "words").contains(header[0])) {
          throw new IllegalStateException(resource + ":" + number + ": bad section header " + line);
        }
        type = header[0];
        name = header[1];
        return;
      }
      if (type == null) {
        throw new IllegalStateException(resource + ":" + number + ": words before the first section");
      }
      int equals = line.indexOf('=');
      if (equals > 0 && line.substring(0, equals).strip().matches("near|gift|groups|said")) {
        settings.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
        return;
      }
      for (String entry : line.split(",")) {
        if (!entry.isBlank()) {
          entries.add(entry.strip());
        }
      }
    }

    private void flush() {
      if (type == null) {
        return;
      }
      List<String> list = List.copyOf(entries);
      switch (type) {
        case "group" -> groups.add(new Group(name, split(settings.get("near")), "yes".equals(settings.get("gift")),
            list));
        case "collection" -> collections.add(new Collection(name, split(settings.get("groups")), list,
            settings.get("said")));
        default -> words.put(name, list);
      }
      settings.clear();
      entries.clear();
    }

    private static List<String> split(String value) {
      return value == null ? List.of()
          : Stream.of(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    Vocabulary finish() {
      flush();
      List<String> names = groups.stream().map(Group::name).toList();
      Stream.concat(groups.stream().flatMap(g -> g.near().stream()),
              collections.stream().flatMap(c -> c.groups().stream()))
          .filter(group -> !names.contains(group)).findFirst().ifPresent(group -> {
            throw new IllegalStateException(resource + ": unknown group " + group);
          });
      for (String list : WORD_LISTS) {
        Objects.requireNonNull(words.get(list), () -> resource + ": missing [words " + list + "]");
      }
      return new Vocabulary(groups, collections, words);
    }
  }
}
