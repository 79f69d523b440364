package com.shoptalk.catalog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
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
    Map<String, Lexicon.Kind> kinds = new LinkedHashMap<>();
    for (Vocabulary.Group group : groups) {
      if (carries(group)) {
        lexicon.kindsOf(group).forEach(kind -> kinds.putIfAbsent(kind.key(), kind));
      }
    }
    if (kinds.isEmpty()) {
      return List.of();
    }
    // Taking turns, the answer holds the first few of each kind: those are asked for, more only of the kinds that
    // have more while the answer is not full. Index entries until then: only the products answered are read. (A
    // product is of one kind, so no entry comes twice.) Each kind's first are read off its entries in order of
    // price, not searched for: about 30 searches, each visiting every product of its kind, were most of the time.
    ProductMatcher.KindsByPrice byPrice = matcher.kindsByPrice(query);
    Map<String, int[]> byKind = new LinkedHashMap<>();
    int each = Math.max(1, -Math.floorDiv(-Catalog.MAX_RESULTS, kinds.size()));
    int asked = 0;
    while (true) {
      int total = 0;
      boolean more = false;
      for (String key : kinds.keySet()) {
        int[] entries = byKind.get(key);
        if (entries == null || entries.length == asked) {
          entries = byPrice.ofKind(key, each);
          byKind.put(key, entries);
        }
        total += entries.length;
        more |= entries.length == each;
      }
      if (total >= Catalog.MAX_RESULTS || !more || each >= Catalog.MAX_RESULTS) {
        break;
      }
      asked = each;
      each = Math.min(Catalog.MAX_RESULTS, each * 2);
    }
    List<Integer> all = new ArrayList<>();
    Map<Integer, String> kindOf = new HashMap<>();
    byKind.forEach((key, entries) -> {
      for (int entry : entries) {
        all.add(entry);
        kindOf.put(entry, key);
      }
    });
    return matcher.products(takingTurns(all, kindOf::get).stream().limit(Catalog.MAX_RESULTS)
        .mapToInt(Integer::intValue).toArray());
  }

  /** Reorders items so that groups take turns, each group keeping its order: variety in the first three. */
  static <T> List<T> takingTurns(List<T> items, Function<T, String> groupOf) {
    Map<String, Deque<T>> groups = new LinkedHashMap<>();
    items.forEach(p -> groups.computeIfAbsent(groupOf.apply(p), g -> new ArrayDeque<>()).add(p));
    List<T> turns = new ArrayList<>(items.size());
    while (turns.size() < items.size()) {
      for (Deque<T> group : groups.values()) {
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
