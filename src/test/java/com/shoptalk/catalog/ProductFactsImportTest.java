package com.shoptalk.catalog;

import static com.shoptalk.catalog.FeedImporterTest.DE;
import static com.shoptalk.catalog.FeedImporterTest.US;
import static com.shoptalk.catalog.FeedImporterTest.byId;
import static com.shoptalk.catalog.FeedImporterTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProductFactsImportTest {

  private final ImportReport tsv = resource("facts.tsv", US);

  @Test
  void reads_materials_split_at_slashes() {
    assertEquals(List.of("velvet", "brass"), byId(tsv).get("chair-1").materials());
  }

  @Test
  void reads_highlights_from_comma_lists_with_quotes_and_repeated_columns() {
    assertEquals(List.of("Velvet upholstery", "Seat height: 45 cm", "Pre-assembled", "Comes with a pillow"),
        byId(tsv).get("chair-1").highlights());
  }

  @Test
  void reads_product_details_as_section_attribute_and_value() {
    assertEquals(List.of(new ProductFacts.Detail("General", "Finish", "Gold"),
        new ProductFacts.Detail("Care", "Cleaning", "Dry clean only, please")), byId(tsv).get("chair-1").details());
    assertEquals("Gold", byId(tsv).get("chair-1").facts().detail("finish").orElseThrow());
  }

  @Test
  void reads_dimensions_with_and_without_a_space_before_the_unit() {
    Dimensions d = byId(tsv).get("chair-1").dimensions();

    assertEquals("80 cm", d.length().toString());
    assertEquals("75 cm", d.width().toString());
    assertEquals("90 cm", d.height().toString());
    assertEquals("12.5 kg", d.weight().toString());
  }

  @Test
  void variants_of_different_sizes_keep_their_sizes_but_no_single_length() {
    Product rug = byId(tsv).get("rug");

    assertEquals(List.of("3ft x 5ft", "5ft x 7ft"), rug.sizes());
    assertEquals(null, rug.dimensions().length());
    assertEquals(List.of("jute"), rug.materials());
    assertEquals("striped", rug.pattern());
  }

  @Test
  void a_product_is_in_stock_when_one_of_its_variants_is() {
    assertTrue(byId(tsv).get("rug").inStock());
    assertEquals(Availability.IN_STOCK, byId(tsv).get("chair-1").stock());
  }

  @Test
  void a_product_without_availability_is_unknown_not_out_of_stock() {
    Product vase = byId(tsv).get("vase-4");

    assertEquals(Availability.UNKNOWN, vase.stock());
    assertFalse(vase.inStock());
    assertEquals(ProductFacts.NONE, vase.facts());
  }

  @Test
  void ignores_unreadable_values_with_a_warning_and_keeps_the_row() {
    Product lamp = byId(tsv).get("lamp-3");

    assertEquals(Availability.UNKNOWN, lamp.stock());
    assertTrue(lamp.dimensions().isEmpty());
    assertEquals(List.of(
        "availability 'soon' ignored: expected in_stock, out_of_stock, preorder or backorder",
        "product_detail 'Finish only' ignored: it needs section:attribute:value",
        "product_length 'long' ignored: expected a length such as '120 cm' or '20 in'",
        "product_weight '2 m' ignored: expected a weight such as '2.5 kg'"),
        tsv.warnings().stream().map(FeedWarning::message).toList());
    assertTrue(tsv.warnings().stream().allMatch(w -> w.line() == 5));
    assertEquals(List.of(), tsv.skipped());
  }

  @Test
  void reads_repeated_and_nested_elements_of_xml_feeds() {
    Product table = byId(resource("facts.xml", DE)).get("tisch-1");

    assertTrue(table.inStock());
    assertEquals(List.of("Eiche"), table.materials());
    assertEquals(List.of("Massive Eiche, geölt", "Montage inklusive"), table.highlights());
    assertEquals(List.of(new ProductFacts.Detail("Allgemein", "Oberfläche", "Geölt: matt")), table.details());
    assertEquals("120 cm", table.dimensions().length().toString());
    assertEquals("18 kg", table.dimensions().weight().toString());
  }

  @Test
  void reads_arrays_and_detail_objects_of_json_feeds() {
    Product mug = byId(resource("facts.json", US)).get("mug-1");

    assertEquals(Availability.PREORDER, mug.stock());
    assertEquals(List.of("stoneware", "glaze"), mug.materials());
    assertEquals(List.of("Dishwasher safe", "Holds 350 ml, about 12 oz"), mug.highlights());
    assertEquals(List.of(new ProductFacts.Detail("Care", "Microwave", "safe")), mug.details());
    assertEquals("10 cm", mug.dimensions().height().toString());
  }
}
