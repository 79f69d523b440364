package com.shoptalk.catalog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.search.Query;

/**
 * Answers that are not matches of words: what the shop carries closest to a kind it does not carry, a selection for
 * a room or department, and gift ideas.
 *
 * <p>Which products belong to a group of kinds is asked of the index (its kind field), so it holds for a catalog
 * built ahead as for one built at start-up.
 */
final class Ideas {

  /** The most categories an answer names. */
  static final int RELATED = 3;
  private static final SearchQuery EVERYTHING = SearchQuery.of("");

  private final ProductMatcher matcher;
  private final Lexicon lexicon;
  private final List<String> mainCategories;
  private final Map<String, List<String>> categoriesByGroup = new ConcurrentHashMap<>();

  /** @param categoriesByCount the catalog's categories, most products first (equal counts in feed order) */
  Ideas(ProductMatcher matcher, Lexicon lexicon, List<String> categoriesByCount) {
    this.matcher = matcher;
    this.lexicon = lexicon;
    this.mainCategories = categoriesByCount.stream().limit(RELATED + 1).toList();
  }

  /** Returns the catalog's main categories, most products first. */
  List<String> mainCategories() {
    return mainCategories;
  }

  /**
   * Returns the categories closest to a group the shop does not carry: those of its own products, else those of its
   * near groups in order, else the main categories.
   */
  List<String> closestTo(Vocabulary.Group group) {
    if (group != null) {
      Deque<String> todo = new ArrayDeque<>(List.of(group.name()));
      Set<String> seen = new LinkedHashSet<>();
      while (!todo.isEmpty()) {
        String name = todo.poll();
        if (!seen.add(name) || lexicon.group(name) == null) {
          continue;
        }
        List<String> categories = categoriesOf(lexicon.group(name));
        if (!categories.isEmpty()) {
          return categories;
        }
        if (seen.size() == 1) {
          todo.addAll(lexicon.group(name).near());
        }
      }
    }
    return mainCategories;
  }

  /** Returns the categories of the products of kinds, whatever their price, most products first. */
  List<String> categoriesOfKinds(Set<String> kinds) {
    return byCount(matcher.ofKinds(EVERYTHING, kinds)).stream().limit(RELATED).toList();
  }

  /** Tells whether the shop has products of a group. */
  boolean carries(Vocabulary.Group group) {
    return !categoriesOf(group).isEmpty();
  }

  private List<String> categoriesOf(Vocabulary.Group group) {
    return categoriesByGroup.computeIfAbsent(group.name(), name -> byCount(matcher.withAny(EVERYTHING,
        CatalogAnalysis.GROUP, List.of(name), null)).stream().limit(RELATED).toList());
  }

  /**
   * Answers a room or department ("something for the kitchen", "Möbel"): products of its groups within the query's
   * constraints, the most typical kinds first, taking turns between kinds; or, when the shop has none, says so.
   */
  SearchResult forCollection(SearchQuery query, Reading reading) {
    List<Vocabulary.Group> groups = reading.collection().groups().stream().map(lexicon::group)
        .filter(group -> !reading.gift() || group.gift()).toList();
    List<Product> found = ofGroups(query, groups);
    if (found.isEmpty()) {
      // Nothing within the constraints, or nothing at all: only the latter is a room the shop does not furnish.
      List<String> carried = groups.stream().flatMap(group -> categoriesOf(group).stream()).distinct()
          .limit(RELATED).toList();
      return new SearchResult(query, List.of(), null, null, carried.isEmpty() ? reading.topic() : null,
          carried.isEmpty() ? mainCategories : carried, reading.gift(), reading.topic());
    }
    return new SearchResult(query, found, null, null, null, byCount(found).stream().limit(RELATED).toList(),
        reading.gift(), reading.topic());
  }

  /**
   * Answers a gift request without a kind of product ("a gift for my mom under 50 dollars", "a gift for a coffee
   * lover"): products of the groups that make good gifts, within the constraints; those the shopper's other words
   * fit first, else the most typical kinds taking turns, the best rated first where there are reviews.
   *
   * @param query   the query, for its constraints
   * @param ranking ranks products by the shopper's other words ("coffee"), or {@code null}
   */
  SearchResult gifts(SearchQuery query, Query ranking) {
    List<Vocabulary.Group> groups = lexicon.groups().stream().filter(Vocabulary.Group::gift).toList();
    List<Product> found;
    if (ranking == null) {
      found = new ArrayList<>(ofGroups(query, groups));
      found.sort(Comparator.comparingDouble((Product p) -> -p.averageRating().orElse(0)));
    } else {
      found = matcher.withAny(query, CatalogAnalysis.GROUP, groups.stream().map(Vocabulary.Group::name).toList(),
          ranking);
    }
    return new SearchResult(query, found, null, null, null, byCount(found).stream().limit(RELATED).toList(),
        true, null);
  }

  /** Returns products of groups, the kinds in the vocabulary's order, taking turns between kinds. */
  private List<Product> ofGroups(SearchQuery query, List<Vocabulary.Group> groups) {
    Map<String, List<Product>> byKind = new LinkedHashMap<>();
    Set<Product> seen = new HashSet<>();
    for (Vocabulary.Group group : groups) {
      if (!carries(group)) {
        continue;
      }
      for (Lexicon.Kind kind : lexicon.kindsOf(group)) {
        for (Product product : matcher.withAny(query, CatalogAnalysis.KIND_KEY, List.of(kind.key()), null)) {
          if (seen.add(product)) {
            byKind.computeIfAbsent(kind.key(), h -> new ArrayList<>()).add(product);
          }
        }
      }
    }
    List<Product> all = byKind.values().stream().flatMap(List::stream).toList();
    Map<Product, String> kindOf = new HashMap<>();
    byKind.forEach((head, products) -> products.forEach(p -> kindOf.put(p, head)));
    return takingTurns(all, kindOf::get).stream().limit(Catalog.MAX_RESULTS).toList();
  }

  /** Reorders products so that groups take turns, each group keeping its order: variety in the first three. */
  static List<Product> takingTurns(List<Product> products, Function<Product, String> groupOf) {
    Map<String, Deque<Product>> groups = new LinkedHashMap<>();
    products.forEach(p -> groups.computeIfAbsent(groupOf.apply(p), g -> new ArrayDeque<>()).add(p));
    List<Product> turns = new ArrayList<>(products.size());
    while (turns.size() < products.size()) {
      for (Deque<Product> group : groups.values()) {
        if (!group.isEmpty()) {
          turns.add(group.poll());
        }
      }
    }
    return turns;
  }

  private static List<String> byCount(List<Product> products) {
    Map<String, Long> counts = products.stream().map(Product::category).filter(c -> !c.isBlank())
        .collect(Collectors.groupingBy(c -> c, LinkedHashMap::new, Collectors.counting()));
    return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(Map.Entry::getKey).toList();
  }
}
