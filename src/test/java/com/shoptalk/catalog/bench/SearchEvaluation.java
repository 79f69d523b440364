package com.shoptalk.catalog.bench;

import com.shoptalk.catalog.Catalog;
import com.shoptalk.catalog.Product;
import com.shoptalk.catalog.SearchResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The search evaluation of issue 15 on the labelled sets in {@code src/test/resources/search-eval} (written by
 * others, independently of the search): per locale, the share of queries for kinds the shop carries whose first
 * result is of that kind, precision@3 by kind, the share of queries for things the shop does not carry that are
 * answered with products anyway, and the gift queries answered.
 *
 * <p>A product's kind is recognised as the set's README says: by the regular expressions of
 * {@code kinds-<locale>.tsv} on the product's title and the feed's {@code product_type}. A first result is right when
 * it is of an expected kind and, for a query with a price cap, within it. Precision@3 is the share of the first
 * {@code min(3, n)} results of an expected kind, 0 when nothing was found.
 */
public final class SearchEvaluation {

  /** A labelled query. */
  public record Case(String query, Set<String> expected, BigDecimal maxPrice, List<String> types) {

    boolean notCarried() {
      return expected.contains("not-carried");
    }

    boolean gift() {
      return expected.contains("gift");
    }
  }

  /**
   * The outcome of one query.
   *
   * @param item   the query
   * @param result what the search answered
   * @param kinds  the kinds of the products answered, in order
   * @param nanos  how long parsing and searching took
   */
  public record Outcome(Case item, SearchResult result, List<Set<String>> kinds, long nanos) {

    /** Tells whether the first product is of an expected kind and within the price cap. */
    public boolean firstRight() {
      if (kinds.isEmpty()) {
        return false;
      }
      Product first = result.products().get(0);
      boolean priced = item.maxPrice() == null || first.effectivePrice().amount().compareTo(item.maxPrice()) <= 0;
      return priced && (item.gift() || kinds.get(0).stream().anyMatch(item.expected()::contains));
    }

    /** Returns the share of the first three (or fewer) products of an expected kind; 0 when none was found. */
    public double precisionAt3() {
      int n = Math.min(3, kinds.size());
      if (n == 0) {
        return 0;
      }
      return kinds.subList(0, n).stream().filter(k -> k.stream().anyMatch(item.expected()::contains)).count()
          / (double) n;
    }

    /** Describes the answer briefly, for lists of misses. */
    public String describe() {
      if (result.isNotCarried()) {
        return item.query() + " → not carried: " + result.notCarried();
      }
      if (result.isEmpty()) {
        return item.query() + " → nothing";
      }
      return item.query() + " → " + result.products().get(0).title() + " " + kinds.get(0) + " (expected "
          + String.join("|", item.expected()) + ")";
    }
  }

  /** The numbers of one query set. */
  public record Report(String name, List<Outcome> outcomes) {

    /** Returns the outcomes of queries for kinds the shop carries. */
    public List<Outcome> carried() {
      return outcomes.stream().filter(o -> !o.item().notCarried() && !o.item().gift()).toList();
    }

    /** Returns the outcomes of queries for things the shop does not carry. */
    public List<Outcome> notCarried() {
      return outcomes.stream().filter(o -> o.item().notCarried()).toList();
    }

    /** Returns the outcomes of gift queries that name no kind. */
    public List<Outcome> gifts() {
      return outcomes.stream().filter(o -> o.item().gift()).toList();
    }

    /** Returns the share of carried-kind queries whose first result is of the kind. */
    public double firstResultShare() {
      return share(carried(), Outcome::firstRight);
    }

    /** Returns the share of not-carried queries answered with products. */
    public double unrelatedShare() {
      return share(notCarried(), o -> !o.result().isEmpty());
    }

    /** Returns the share of not-carried queries whose answer says the shop does not carry the kind. */
    public double saidNotCarriedShare() {
      return share(notCarried(), o -> o.result().isNotCarried());
    }

    /** Returns the share of gift queries answered with a product within the price cap. */
    public double giftShare() {
      return share(gifts(), Outcome::firstRight);
    }

    /** Returns the mean precision@3 over the carried-kind queries. */
    public double precisionAt3() {
      return carried().stream().mapToDouble(Outcome::precisionAt3).average().orElse(0);
    }

    /** Returns mean precision@3 and the number of queries by expected kind (the first one named). */
    public Map<String, double[]> precisionByKind() {
      Map<String, double[]> byKind = new TreeMap<>();
      for (Outcome outcome : carried()) {
        String kind = outcome.item().expected().iterator().next();
        double[] sum = byKind.computeIfAbsent(kind, k -> new double[2]);
        sum[0] += outcome.precisionAt3();
        sum[1]++;
      }
      byKind.values().forEach(sum -> sum[0] /= sum[1]);
      return byKind;
    }

    /** Returns the carried-kind queries whose first result is wrong. */
    public List<String> wrongFirst() {
      return carried().stream().filter(o -> !o.firstRight()).map(Outcome::describe).toList();
    }

    /** Returns the not-carried queries answered with products. */
    public List<String> unrelated() {
      return notCarried().stream().filter(o -> !o.result().isEmpty()).map(Outcome::describe).toList();
    }

    /** Returns the latencies in nanoseconds, sorted. */
    public long[] sortedNanos() {
      return outcomes.stream().mapToLong(Outcome::nanos).sorted().toArray();
    }

    private static double share(List<Outcome> outcomes, java.util.function.Predicate<Outcome> test) {
      return outcomes.isEmpty() ? 0 : outcomes.stream().filter(test).count() / (double) outcomes.size();
    }
  }

  private record Kind(String id, Pattern title, Pattern productType) {
  }

  private final Catalog catalog;
  private final List<Kind> kinds;
  private final Map<String, String> productTypes;

  /**
   * Prepares the evaluation of a demo catalog.
   *
   * @param catalog the demo catalog of the locale
   * @param tag     the locale's language tag, {@code en-US} or {@code de-DE}
   */
  public SearchEvaluation(Catalog catalog, String tag) {
    this.catalog = catalog;
    this.kinds = new ArrayList<>();
    for (Map<String, String> row : rows("/search-eval/kinds-" + tag + ".tsv")) {
      kinds.add(new Kind(row.get("kind"), pattern(row.get("title")), pattern(row.get("product_type"))));
    }
    this.productTypes = new HashMap<>();
    for (Map<String, String> row : rows("/catalog/demo-" + tag + ".tsv")) {
      String id = row.getOrDefault("item_group_id", "").isBlank() ? row.get("id") : row.get("item_group_id");
      productTypes.putIfAbsent(id, row.getOrDefault("product_type", ""));
    }
  }

  /**
   * Runs the queries of a set file.
   *
   * @param file the file in {@code search-eval}, e.g. {@code queries-en-US.tsv}
   * @return the report
   */
  public Report run(String file) {
    List<Outcome> outcomes = new ArrayList<>();
    for (Case item : cases(file)) {
      long start = System.nanoTime();
      SearchResult result = catalog.search(catalog.parse(item.query()));
      long nanos = System.nanoTime() - start;
      outcomes.add(new Outcome(item, result, result.products().stream().map(this::kindsOf).toList(), nanos));
    }
    return new Report(file, outcomes);
  }

  /** Returns the kinds a product is of, by the set's patterns. */
  public Set<String> kindsOf(Product product) {
    String productType = productTypes.getOrDefault(product.id(), product.category());
    Set<String> of = new java.util.TreeSet<>();
    for (Kind kind : kinds) {
      if ((kind.title() == null || kind.title().matcher(product.title()).find())
          && (kind.productType() == null || kind.productType().matcher(productType).find())) {
        of.add(kind.id());
      }
    }
    return of;
  }

  /** Returns the labelled queries of a set file. */
  public static List<Case> cases(String file) {
    List<Case> cases = new ArrayList<>();
    for (Map<String, String> row : rows("/search-eval/" + file)) {
      String max = row.getOrDefault("max_price", "");
      cases.add(new Case(row.get("query"), new java.util.LinkedHashSet<>(Arrays.asList(row.get("expected").split("\\|"))),
          max.isBlank() ? null : new BigDecimal(max), Arrays.asList(row.get("type").split(","))));
    }
    return cases;
  }

  private static Pattern pattern(String regex) {
    return regex == null || regex.isEmpty() ? null
        : Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static List<Map<String, String>> rows(String resource) {
    try (InputStream in = SearchEvaluation.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String[] header = reader.readLine().split("\t", -1);
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i], i < cells.length ? cells[i] : "");
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
