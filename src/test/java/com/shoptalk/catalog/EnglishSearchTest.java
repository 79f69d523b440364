package com.shoptalk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EnglishSearchTest {

  static final Catalog CATALOG = DemoCatalogs.CATALOGS.forLocale(Locale.forLanguageTag("en-US"));

  static SearchResult search(String spoken) {
    return CATALOG.search(CATALOG.parse(spoken));
  }

  static List<String> ids(SearchResult result) {
    return result.products().stream().map(Product::id).toList();
  }

  static List<String> top(SearchResult result, int n) {
    return ids(result).subList(0, Math.min(n, result.products().size()));
  }

  @Test
  void finds_the_three_lounge_chairs_first() {
    assertEquals(List.of("abigail-lounge-chair", "ivory-lounge-chair", "rattan-lounge-chair"),
        top(search("lounge chair"), 3).stream().sorted().toList());
  }

  @Test
  void finds_lounge_chair_when_misheard_as_lunch_chair() {
    assertTrue(top(search("lunch chair"), 3).contains("abigail-lounge-chair"), ids(search("lunch chair")).toString());
    assertTrue(top(search("lunch chair"), 3).contains("rattan-lounge-chair"));
  }

  @Test
  void finds_rugs_under_200_dollars() {
    SearchResult result = search("rugs under 200 dollars");
    assertEquals(List.of("amalia-rug", "aria-rug", "braided-rug", "cobblestone-rug"), ids(result).stream().sorted().toList());
    assertTrue(result.products().stream()
        .allMatch(p -> p.effectivePrice().amount().compareTo(new BigDecimal("200")) <= 0));
  }

  @Test
  void finds_all_six_sofas() {
    assertEquals(6, search("sofa").products().size());
    assertTrue(ids(search("sofa")).stream().allMatch(id -> id.contains("sofa")));
  }

  @Test
  void finds_sofas_when_misspelled_as_sofer_and_suggests_a_spelling() {
    SearchResult result = search("sofer");
    assertTrue(top(result, 3).stream().allMatch(id -> id.contains("sofa")), ids(result).toString());
    assertNotNull(result.suggestion());
    assertTrue(result.suggestion().startsWith("sofa"), result.suggestion());
  }

  @Test
  void finds_candles_by_plural() {
    assertEquals(List.of("evergreen-candle", "sweet-pea-candle", "vanilla-candle"),
        ids(search("candles")).stream().sorted().toList());
  }

  @Test
  void finds_the_same_products_for_singular_and_plural() {
    assertEquals(ids(search("candle")), ids(search("candles")));
    assertEquals(ids(search("plate")).stream().sorted().toList(), ids(search("plates")).stream().sorted().toList());
  }

  @Test
  void finds_glasses_ending_in_es_by_singular() {
    assertTrue(ids(search("champagne glass")).contains("classic-champagne-glasses"));
  }

  @Test
  void ranks_the_wine_glass_first_for_wine_glass() {
    assertEquals("chianti-wine-glass", ids(search("wine glass")).get(0));
    assertEquals("chianti-wine-glass", ids(search("wine glasses")).get(0));
  }

  @Test
  void refines_by_colour() {
    SearchResult result = search("sofa in blue");
    assertEquals(List.of("nala-two-seater-sofa"), ids(result));
    assertNull(result.broadenedFrom());
  }

  @Test
  void refines_by_colour_with_a_query_built_in_code() {
    SearchResult result = CATALOG.search(SearchQuery.of("armchair").withColor("Pink"));
    assertEquals(List.of("sally-armchair"), ids(result));
  }

  @Test
  void sorts_cheapest_first() {
    SearchResult result = search("cheapest rug");
    List<BigDecimal> prices = result.products().stream().map(p -> p.effectivePrice().amount()).toList();
    assertEquals(prices.stream().sorted().toList(), prices);
    assertEquals("braided-rug", ids(result).get(0));
  }

  @Test
  void finds_products_by_number_words_and_digits_alike() {
    assertEquals(ids(search("three seater sofa")), ids(search("3 seater sofa")));
    assertEquals(3, search("three seater sofa").products().size());
  }

  @Test
  void lists_all_products_within_a_price_range_when_no_words_are_given() {
    SearchResult result = CATALOG.search(SearchQuery.of("").withMaxPrice(new BigDecimal("2")));
    assertTrue(result.products().size() >= 3);
    assertTrue(result.products().stream()
        .allMatch(p -> p.effectivePrice().amount().compareTo(new BigDecimal("2")) <= 0));
  }

  @Test
  void broadens_by_dropping_the_price_when_nothing_is_that_cheap() {
    SearchResult result = search("sofa under 100 dollars");
    assertEquals(new BigDecimal("100"), result.broadenedFrom().maxPrice());
    assertNull(result.query().maxPrice());
    assertEquals(6, result.products().size());
  }

  @Test
  void broadens_by_dropping_words_when_the_combination_is_unknown() {
    SearchResult result = search("wooden sofa xylophone");
    assertNotNull(result.broadenedFrom());
    assertTrue(result.products().size() > 0);
  }

  @Test
  void broadens_by_dropping_an_unknown_brand() {
    SearchResult result = search("sofa from ikea");
    assertEquals("ikea", result.broadenedFrom().brand());
    assertEquals(6, result.products().size());
  }

  @Test
  void suggests_a_spelling_when_nothing_is_found() {
    SearchResult result = search("cobblestoon");
    assertEquals("cobblestone", result.suggestion());
  }

  @Test
  void says_nothing_found_for_words_unknown_to_the_catalog() {
    SearchResult result = search("xylophone");
    assertTrue(result.isEmpty());
    assertNull(result.broadenedFrom());
  }

  @Test
  void knows_its_colours_and_currency() {
    assertTrue(CATALOG.colors().contains("Royal Blue"));
    assertEquals("USD", CATALOG.currency().getCurrencyCode());
    assertEquals(117, CATALOG.size());
    assertEquals(List.of(), CATALOG.brands());
    assertEquals("Abigail Lounge Chair", CATALOG.byId("abigail-lounge-chair").orElseThrow().title());
  }
}
