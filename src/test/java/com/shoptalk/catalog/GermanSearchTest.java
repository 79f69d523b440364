package com.shoptalk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GermanSearchTest {

  static final Catalog CATALOG = DemoCatalogs.CATALOGS.forLocale(Locale.forLanguageTag("de-DE"));

  static SearchResult search(String spoken) {
    return CATALOG.search(CATALOG.parse(spoken));
  }

  static List<String> ids(SearchResult result) {
    return result.products().stream().map(Product::id).toList();
  }

  @Test
  void finds_sessel_also_inside_compounds() {
    List<String> ids = ids(search("Sessel"));
    assertTrue(ids.contains("abigail-lounge-chair"), ids.toString()); // "Lounge-Sessel"
    assertTrue(ids.contains("rattan-lounge-chair"), ids.toString()); // "Loungesessel aus Rattan"
    assertTrue(ids.contains("turner-velvet-armchair"), ids.toString()); // "Samtsessel"
  }

  @Test
  void finds_teppiche_unter_200_euro() {
    SearchResult result = search("Teppiche unter 200 Euro");
    assertEquals(List.of("amalia-rug", "aria-rug", "ashen-rug", "braided-rug", "cobblestone-rug"),
        ids(result).stream().sorted().toList());
    assertTrue(result.products().stream()
        .allMatch(p -> p.effectivePrice().amount().compareTo(new BigDecimal("200")) <= 0));
  }

  @Test
  void finds_kerzen_by_plural() {
    assertEquals(List.of("evergreen-candle", "sweet-pea-candle", "vanilla-candle"),
        ids(search("Kerzen")).stream().sorted().toList());
    assertEquals(ids(search("Kerze")).stream().sorted().toList(), ids(search("Kerzen")).stream().sorted().toList());
  }

  @Test
  void finds_weinglas_first_for_the_compound() {
    assertEquals("chianti-wine-glass", ids(search("Weinglas")).get(0));
  }

  @Test
  void finds_weinglas_for_glas_fuer_wein() {
    assertEquals("chianti-wine-glass", ids(search("Glas für Wein")).get(0));
  }

  @Test
  void finds_weinglas_for_the_plural_weinglaeser() {
    assertEquals("chianti-wine-glass", ids(search("Weingläser")).get(0));
  }

  @Test
  void finds_tassen_inside_compounds_for_kaffeetasse_and_tasse() {
    List<String> coffee = ids(search("Kaffeetasse"));
    assertTrue(coffee.subList(0, 4).containsAll(List.of("classic-coffee-cup", "comfort-coffee-mug",
        "sipper-coffee-mug", "travel-coffee-mug")), coffee.toString());
    assertTrue(ids(search("Tasse")).containsAll(List.of("sand-tea-cup", "classic-coffee-cup")));
  }

  @Test
  void finds_the_sofa_spelled_sofer() {
    assertTrue(ids(search("Sofer")).get(0).contains("sofa"), ids(search("Sofer")).toString());
  }

  @Test
  void finds_the_lounge_sessel_spelled_wrongly_and_suggests_the_spelling() {
    SearchResult result = search("Lounge Sesel");
    assertTrue(ids(result).subList(0, 2).contains("abigail-lounge-chair"), ids(result).toString());
    assertEquals("lounge sessel", result.suggestion());
  }

  @Test
  void refines_by_colour_with_german_ending() {
    assertEquals(List.of("meadow-rug"), ids(search("schwarze Teppiche")));
    assertEquals(List.of("nala-two-seater-sofa"), ids(search("Sofa in Blau")));
  }

  @Test
  void pink_and_lila_find_the_shops_rosa_and_violett() {
    assertEquals(List.of("sweet-pea-candle"), ids(search("pinke Kerzen")));
    assertEquals(List.of("geometric-pillow-case"), ids(search("Kissen in Pink")), "in Hellrosa");
    assertEquals(List.of("purple-landscape-painting", "purple-minimalist-abstract-painting"),
        ids(search("Malerei in Lila")).stream().sorted().toList());
  }

  @Test
  void sorts_the_cheapest_sofa_first() {
    SearchResult result = search("günstigste Sofa");
    assertEquals("cotton-two-seater-sofa", ids(result).get(0));
    assertEquals(6, result.products().size());
  }

  @Test
  void reads_price_range_in_words() {
    assertEquals(List.of("cotton-two-seater-sofa"), ids(search("Sofa zwischen hundert und neunhundert Euro")));
  }

  @Test
  void finds_dreisitzer_for_three_seater_words() {
    List<String> ids = ids(search("Dreisitzer Sofa"));
    assertTrue(ids.subList(0, 2).containsAll(List.of("modern-three-seater-sofa", "traditional-three-seater-sofa")),
        ids.toString());
  }

  @Test
  void broadens_when_nothing_matches_the_price() {
    SearchResult result = search("Sofa unter 50 Euro");
    assertNotNull(result.broadenedFrom());
    assertEquals(6, result.products().size());
  }

  @Test
  void suggests_teppich_for_tepich() {
    assertEquals("teppich", search("Tepich").suggestion());
    assertTrue(ids(search("Tepich")).contains("amalia-rug"));
  }

  @Test
  void refines_by_a_basic_colour_inside_a_compound_colour_name() {
    assertEquals(List.of("bruno-chair", "turner-velvet-armchair"), ids(search("Sessel in Blau")).stream().sorted().toList());
    assertTrue(ids(search("Sessel in Hellbraun")).contains("fawn-armchair"));
  }

  @Test
  void names_colours_in_natural_german() {
    assertTrue(CATALOG.colors().containsAll(List.of("Hellbraun", "Königsblau", "Goldgelb", "Maisgelb", "Hellgrau",
        "Hellrosa", "Weiß")), CATALOG.colors().toString());
    assertTrue(CATALOG.colors().stream().noneMatch(c -> List.of("Bräunen", "White", "Königs blau", "Hell rosa",
        "Goldene Rute", "Mais seide", "Golden Rod").contains(c)), CATALOG.colors().toString());
  }

  @Test
  void titles_carry_no_quote_marks() {
    assertEquals("Sessel Sally", CATALOG.byId("sally-armchair").orElseThrow().title());
    assertEquals("Sessel Edgar", CATALOG.byId("edgar-armchair").orElseThrow().title());
    assertTrue(CATALOG.products().stream().noneMatch(p -> p.title().matches(".*[<>\"„“”].*")));
  }

  @Test
  void uses_euro() {
    assertEquals("EUR", CATALOG.currency().getCurrencyCode());
    assertEquals(117, CATALOG.size());
  }
}
