package com.shoptalk.catalog;

import static com.shoptalk.catalog.FeedImporterTest.DE;
import static com.shoptalk.catalog.FeedImporterTest.US;
import static com.shoptalk.catalog.FeedImporterTest.byId;
import static com.shoptalk.catalog.FeedImporterTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoCatalogFactsTest {

  private final ImportReport us = resource("demo-en-US.tsv", US);
  private final ImportReport de = resource("demo-de-DE.tsv", DE);

  @Test
  void demo_feeds_import_without_ignored_values() {
    assertEquals(List.of(), us.warnings());
    assertEquals(List.of(), de.warnings());
  }

  @Test
  void every_demo_product_is_in_stock_in_both_locales() {
    assertTrue(us.products().stream().allMatch(Product::inStock));
    assertTrue(de.products().stream().allMatch(Product::inStock));
  }

  @Test
  void says_what_a_chair_is_made_of_in_each_language() {
    assertEquals(List.of("velvet", "brass"), byId(us).get("abigail-lounge-chair").materials());
    assertEquals(List.of("Samt", "Messing"), byId(de).get("abigail-lounge-chair").materials());
  }

  @Test
  void names_no_material_where_the_description_only_lists_alternatives() {
    // "made of ceramic or porcelain"
    assertEquals(List.of(), byId(us).get("classic-coffee-cup").materials());
    // "include jute, sisal, seagrass, and bamboo"
    assertEquals(List.of(), byId(us).get("natura-rug").materials());
  }

  @Test
  void carries_the_productspec_as_highlights_in_each_language() {
    assertEquals(List.of("Comes with matching throw pillow", "Velvet upholstery", "Pre-assembled"),
        byId(us).get("abigail-lounge-chair").highlights());
    assertEquals(List.of("Mit passendem Dekokissen", "Samtbezug", "Vormontiert"),
        byId(de).get("abigail-lounge-chair").highlights());
  }

  @Test
  void german_highlights_quote_no_english() {
    Map<String, Product> english = byId(us);
    for (Product german : de.products()) {
      List<String> same = german.highlights().stream()
          .filter(h -> english.get(german.id()).highlights().contains(h) && !h.equals("Jute")).toList();
      assertEquals(List.of(), same, german.id());
    }
  }

  @Test
  void carries_the_finish_as_a_product_detail() {
    assertEquals(List.of(new ProductFacts.Detail("General", "Finish", "Gold")),
        byId(us).get("abigail-lounge-chair").details());
    assertEquals(List.of(new ProductFacts.Detail("Allgemein", "Oberfläche", "Sattelbraun")),
        byId(de).get("bruno-chair").details());
  }

  @Test
  void tells_how_big_a_product_is_from_its_sizes_or_dimensions() {
    assertEquals(List.of("10 x 12 ft"), byId(us).get("jute-rug").sizes());
    assertEquals(List.of("10 x 12 Fuß"), byId(de).get("jute-rug").sizes());
    Dimensions table = byId(us).get("modern-gold-coffee-table").dimensions();
    assertEquals(List.of("5 ft", "3 ft", "2 ft"),
        List.of(table.length().toString(), table.width().toString(), table.height().toString()));
    assertEquals("300 g", byId(de).get("vanilla-candle").dimensions().weight().toString());
    assertEquals(List.of("Queensize", "Einzelbett", "Kingsize"), byId(de).get("cotton-silk-bedsheet").sizes());
  }
}
