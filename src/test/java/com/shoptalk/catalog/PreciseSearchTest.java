package com.shoptalk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Products match on what they are, not on what their descriptions mention or a compound's first part. */
class PreciseSearchTest {

  static List<String> ids(SearchResult result) {
    return result.products().stream().map(Product::id).toList();
  }

  static SearchResult german(String spoken) {
    return GermanSearchTest.search(spoken);
  }

  static SearchResult english(String spoken) {
    return EnglishSearchTest.search(spoken);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sessel", "günstigste Sessel", "Sessel unter 200 Euro", "Sessel unter 20 Euro",
      "Sessel in Schwarz", "Sessel unter 100 Euro in Schwarz"})
  void finds_no_pillow_cover_whose_description_mentions_sessel(String spoken) {
    List<String> ids = ids(german(spoken));
    assertFalse(ids.isEmpty());
    assertTrue(ids.stream().noneMatch(id -> id.contains("pillow")), ids.toString());
  }

  @Test
  void finds_nothing_for_a_lamp_only_a_description_mentions() {
    assertTrue(german("Lampe").isEmpty());
    assertTrue(english("lamp").isEmpty());
  }

  @Test
  void finds_only_the_wine_glass_for_weinglaeser() {
    assertEquals(List.of("chianti-wine-glass"), ids(german("Weingläser")));
  }

  @Test
  void finds_beds_not_bedding_for_bett() {
    List<String> ids = ids(german("Bett"));
    assertTrue(ids.stream().allMatch(id -> id.contains("bed") && !id.contains("sheet")), ids.toString());
  }

  @Test
  void finds_pillow_covers_for_kissen_as_a_last_resort() {
    List<String> ids = ids(german("Kissen"));
    assertFalse(ids.isEmpty());
    assertTrue(ids.stream().allMatch(id -> id.contains("pillow")), ids.toString());
  }

  @Test
  void finds_the_teapot_for_kanne_fuer_tee() {
    assertEquals(List.of("willow-teapot"), ids(german("Kanne für Tee")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"candles", "candles under 20 dollars", "candles over 100 dollars", "candles in black"})
  void finds_only_candles_for_candles(String spoken) {
    List<String> ids = ids(english(spoken));
    assertFalse(ids.isEmpty());
    assertTrue(ids.stream().allMatch(id -> id.contains("candle")), ids.toString());
  }

  @Test
  void finds_only_matching_products_for_two_known_words() {
    assertEquals(List.of("willow-teapot"), ids(english("tea pot")));
    assertEquals(List.of("walnut-counter-stool"), ids(english("counter stool")));
  }

  @Test
  void speaks_of_the_catalogs_words_when_found_by_sound() {
    assertEquals("lounge chair", english("lunch chair").suggestion());
    assertEquals("lounge chair", english("lounge chare").suggestion());
    assertEquals("sofa", english("sofer").suggestion());
    assertEquals("jute rug", english("jute ruck").suggestion());
  }

  @Test
  void makes_no_suggestion_when_every_word_is_known() {
    assertNull(english("cock tail shaker").suggestion());
    assertNull(english("lounge chair").suggestion());
    assertNull(german("Weingläser").suggestion());
  }

  @Test
  void ranks_sofas_first_for_sofer() {
    assertTrue(ids(german("Sofer")).subList(0, 3).stream().allMatch(id -> id.contains("sofa")),
        ids(german("Sofer")).toString());
  }

  @Test
  void suggests_a_common_word_rather_than_a_name_as_close() {
    Catalog catalog = Catalog.of(Locale.US, List.of(
        product("lana", "Lana Pillow Cover", "Bedding"),
        product("table-lamp", "Table Lamp", "Lamps"),
        product("floor-lamp", "Floor Lamp", "Lamps")));
    assertEquals("lamp", catalog.search(SearchQuery.of("lanp")).suggestion());
    assertEquals("lamp", catalog.search(SearchQuery.of("lamb")).suggestion());
  }

  private static Product product(String id, String title, String category) {
    return new Product(id, title, title, "", "", "", Money.of("10.00", "USD"), null, "in_stock", null,
        List.of(), List.of(), category, "", "", List.of());
  }

  @ParameterizedTest
  @ValueSource(strings = {"running shoes", "running shoes under 50 dollars", "a yoga mat"})
  void things_the_shop_does_not_sell_are_not_matched_by_sound_alone(String spoken) {
    SearchResult result = english(spoken);

    assertTrue(result.isEmpty(), spoken + " found " + ids(result));
  }

  @Test
  void a_price_limit_does_not_pad_exact_matches_with_partial_ones() {
    List<String> ids = ids(english("coffee table under 300 dollars"));

    assertFalse(ids.isEmpty());
    assertTrue(ids.stream().allMatch(id -> id.contains("table")), ids.toString());
  }
}
