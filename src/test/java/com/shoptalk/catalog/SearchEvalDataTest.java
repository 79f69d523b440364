package com.shoptalk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks that the search evaluation set in {@code src/test/resources/search-eval} is well-formed: its
 * kinds recognise the demo products, and its queries are labelled with kinds that exist.
 */
class SearchEvalDataTest {

  private static final Set<String> TYPES = Set.of("plain", "plural", "synonym", "brand", "model",
      "dimension", "size", "colour", "material", "room", "style", "typo", "asr", "spoken", "price",
      "gift", "not-carried", "trap", "compound", "inflection", "long");
  private static final String NOT_CARRIED = "not-carried";
  private static final String GIFT = "gift";

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void every_kind_recognises_a_demo_product(String locale) throws IOException {
    List<Kind> kinds = kinds(locale);
    List<Map<String, String>> products = rows("/catalog/demo-" + locale + ".tsv");
    Set<String> unused = kinds.stream().map(Kind::id).collect(Collectors.toCollection(HashSet::new));
    products.forEach(product -> unused.removeAll(kindsOf(product, kinds)));
    assertEquals(Set.of(), unused, "kinds that match no product of " + locale);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void every_demo_product_is_of_exactly_one_kind(String locale) throws IOException {
    List<Kind> kinds = kinds(locale);
    List<String> wrong = new ArrayList<>();
    for (Map<String, String> product : rows("/catalog/demo-" + locale + ".tsv")) {
      Set<String> of = kindsOf(product, kinds);
      if (of.size() != 1) {
        wrong.add(product.get("title") + " -> " + of);
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void both_locales_have_the_same_kinds() throws IOException {
    assertEquals(kindIds("en-US"), kindIds("de-DE"));
  }

  @ParameterizedTest
  @CsvSource({"en-US, queries-en-US.tsv", "de-DE, queries-de-DE.tsv", "en-US, queries-esci-en-US.tsv"})
  void every_query_is_labelled_with_known_kinds_and_types(String locale, String file) throws IOException {
    Set<String> ids = kindIds(locale);
    List<String> wrong = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Map<String, String> row : rows("/search-eval/" + file)) {
      String query = row.get("query");
      List<String> expected = Arrays.asList(row.get("expected").split("\\|", -1));
      List<String> types = Arrays.asList(row.get("type").split(",", -1));
      boolean special = expected.contains(NOT_CARRIED) || expected.contains(GIFT);
      if (query.isBlank() || !query.equals(query.strip()) || !seen.add(query.toLowerCase())) {
        wrong.add(query + ": blank, padded or repeated");
      }
      if (special ? expected.size() != 1 : !ids.containsAll(expected)) {
        wrong.add(query + ": expected " + expected);
      }
      if (!TYPES.containsAll(types)
          || types.contains(NOT_CARRIED) != expected.contains(NOT_CARRIED)
          || expected.contains(GIFT) && !types.contains(GIFT)) {
        wrong.add(query + ": type " + types);
      }
    }
    assertEquals(List.of(), wrong);
  }

  @ParameterizedTest
  @CsvSource({"en-US, queries-en-US.tsv", "de-DE, queries-de-DE.tsv", "en-US, queries-esci-en-US.tsv"})
  void every_price_cap_can_be_met_by_a_product_of_an_expected_kind(String locale, String file)
      throws IOException {
    List<Kind> kinds = kinds(locale);
    List<Map<String, String>> products = rows("/catalog/demo-" + locale + ".tsv");
    List<String> unmet = new ArrayList<>();
    for (Map<String, String> row : rows("/search-eval/" + file)) {
      if (row.get("max_price").isEmpty()) {
        continue;
      }
      BigDecimal cap = new BigDecimal(row.get("max_price"));
      Set<String> expected = Set.of(row.get("expected").split("\\|"));
      boolean met = products.stream().anyMatch(product -> price(product).compareTo(cap) <= 0
          && (expected.contains(GIFT) || kindsOf(product, kinds).stream().anyMatch(expected::contains)));
      if (expected.contains(NOT_CARRIED) || cap.signum() <= 0 || !met) {
        unmet.add(row.get("query"));
      }
    }
    assertEquals(List.of(), unmet);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void has_at_least_150_queries_a_fifth_to_nearly_half_not_carried(String locale) throws IOException {
    List<Map<String, String>> queries = rows("/search-eval/queries-" + locale + ".tsv");
    long notCarried = queries.stream().filter(row -> row.get("expected").equals(NOT_CARRIED)).count();
    double share = (double) notCarried / queries.size();
    assertTrue(queries.size() >= 150, queries.size() + " queries");
    assertTrue(share >= 0.20 && share <= 0.45, "not-carried share " + share);
  }

  private record Kind(String id, Pattern title, Pattern productType) {
    boolean matches(Map<String, String> product) {
      return (title == null || title.matcher(product.get("title")).find())
          && (productType == null || productType.matcher(product.get("product_type")).find());
    }
  }

  private static Set<String> kindsOf(Map<String, String> product, List<Kind> kinds) {
    return kinds.stream().filter(kind -> kind.matches(product)).map(Kind::id)
        .collect(Collectors.toSet());
  }

  private static Set<String> kindIds(String locale) throws IOException {
    return kinds(locale).stream().map(Kind::id).collect(Collectors.toSet());
  }

  private static List<Kind> kinds(String locale) throws IOException {
    List<Kind> kinds = new ArrayList<>();
    for (Map<String, String> row : rows("/search-eval/kinds-" + locale + ".tsv")) {
      assertTrue(row.get("kind").matches("[a-z_]+") && !row.get("name").isBlank(), row.toString());
      assertTrue(!row.get("title").isEmpty() || !row.get("product_type").isEmpty(), row.toString());
      kinds.add(new Kind(row.get("kind"), pattern(row.get("title")), pattern(row.get("product_type"))));
    }
    return kinds;
  }

  private static Pattern pattern(String regex) {
    return regex.isEmpty() ? null
        : Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  private static BigDecimal price(Map<String, String> product) {
    return new BigDecimal(product.get("price").split(" ")[0]);
  }

  /** Reads a tab-separated resource with a header row; every line must have the header's columns. */
  private static List<Map<String, String>> rows(String resource) throws IOException {
    String text;
    try (InputStream in = SearchEvalDataTest.class.getResourceAsStream(resource)) {
      assertTrue(in != null, resource + " is missing");
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> lines = text.lines().toList();
    String[] header = lines.get(0).split("\t", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      assertEquals(header.length, cells.length, resource + ": " + line);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], cells[i]);
      }
      rows.add(row);
    }
    return rows;
  }
}
