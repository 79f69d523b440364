package com.shoptalk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FeedImporterTest {

  static final Locale US = Locale.forLanguageTag("en-US");
  static final Locale DE = Locale.forLanguageTag("de-DE");

  static ImportReport resource(String name, Locale locale) {
    try (InputStream in = FeedImporterTest.class.getResourceAsStream("/catalog/" + name)) {
      return FeedImporter.read(in, name, locale);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Map<String, Product> byId(ImportReport report) {
    return report.products().stream().collect(Collectors.toMap(Product::id, Function.identity()));
  }

  static String reasonAt(ImportReport report, int line) {
    return report.skipped().stream().filter(s -> s.line() == line).map(SkippedRow::reason).findFirst()
        .orElse("<no skipped row at line " + line + ": " + report.skipped() + ">");
  }

  @Test
  void reads_merchant_center_tsv_with_all_attributes() {
    ImportReport report = resource("good.tsv", US);

    assertEquals(List.of(), report.skipped());
    Product chair = byId(report).get("chair-1");
    assertEquals("Acme Velvet Lounge Chair (Pink) 80x75 cm", chair.title());
    assertEquals(new BigDecimal("129.99"), chair.price().amount());
    assertEquals("USD", chair.price().currency().getCurrencyCode());
    assertEquals(new BigDecimal("99.00"), chair.effectivePrice().amount());
    assertEquals("Armchairs", chair.category());
    assertEquals("Acme", chair.brand());
    assertEquals(List.of("Pink"), chair.colors());
    assertEquals("in_stock", chair.availability());
    assertEquals("0001234567890", chair.gtin());
    assertEquals("https://shop.example/chair-1.jpg", chair.imageLink());
    assertEquals("Velvet Lounge Chair", chair.spokenName());
  }

  @Test
  void reads_thousands_separators_and_several_colours() {
    Product rug = byId(resource("good.tsv", US)).get("rug-2");

    assertEquals(new BigDecimal("1299.00"), rug.price().amount());
    assertEquals(List.of("Gray", "Blue"), rug.colors());
    assertNull(rug.brand());
    assertNull(rug.salePrice());
    assertEquals("Rugs", rug.category());
  }

  @Test
  void skips_bad_rows_with_line_and_reason_and_keeps_the_good_ones() {
    ImportReport report = resource("broken.tsv", US);

    assertEquals(List.of("ok-1", "ok-2"), report.products().stream().map(Product::id).toList());
    assertEquals(6, report.skipped().size(), report.skipped().toString());
    assertTrue(reasonAt(report, 3).contains("missing title"), reasonAt(report, 3));
    assertTrue(reasonAt(report, 4).contains("unparseable price 'abc'"), reasonAt(report, 4));
    assertTrue(reasonAt(report, 6).contains("unknown currency 'XYZ'"), reasonAt(report, 6));
    assertTrue(reasonAt(report, 7).contains("EUR") && reasonAt(report, 7).contains("USD"), reasonAt(report, 7));
    assertTrue(reasonAt(report, 8).contains("missing id"), reasonAt(report, 8));
    assertTrue(reasonAt(report, 10).contains("duplicate id 'ok-1'"), reasonAt(report, 10));
  }

  @Test
  void groups_variants_into_one_product_with_merged_colours_sizes_and_lowest_price() {
    ImportReport report = resource("variants.tsv", US);

    assertEquals(List.of("shirt", "mug-1"), report.products().stream().map(Product::id).toList());
    Product shirt = byId(report).get("shirt");
    assertEquals("Linen Shirt", shirt.title());
    assertEquals(List.of("Blue", "White"), shirt.colors());
    assertEquals(List.of("M", "L"), shirt.sizes());
    assertEquals(new BigDecimal("25.00"), shirt.price().amount());
    assertEquals("shirt", shirt.itemGroupId());
  }

  @Test
  void reads_csv_with_quoted_fields_commas_quotes_and_line_breaks() {
    ImportReport report = resource("good.csv", US);

    Product sofa = byId(report).get("sofa-1");
    assertEquals("Sofa \"Nova\", 3-seater", sofa.title());
    assertTrue(sofa.description().contains("Two lines"));
    assertEquals("Sofas", sofa.category());
    assertEquals("Lighting", byId(report).get("lamp-2").category());
    // The quoted description spans lines 2 and 3, so the broken row is on physical line 5.
    assertEquals(List.of(new SkippedRow(5, "unparseable price 'cheap'")), report.skipped());
  }

  @Test
  void reads_rss_xml_with_google_namespace_and_plain_elements() {
    ImportReport report = resource("good.xml", DE);

    Product table = byId(report).get("tisch-1");
    assertEquals("Couchtisch aus Eiche, 120x60 cm", table.title());
    assertEquals("Couchtisch aus Eiche", table.spokenName());
    assertEquals("https://shop.example/de/tisch-1", table.link());
    assertEquals("Massive Eiche & geölt.", table.description());
    assertEquals(new BigDecimal("249.00"), table.price().amount());
    assertEquals("Couchtische", table.category());
    assertEquals("Holzwerk", table.brand());
    assertEquals(new BigDecimal("29.90"), byId(report).get("glas-2").effectivePrice().amount());
    assertEquals(1, report.skipped().size());
    assertTrue(report.skipped().get(0).reason().contains("USD"));
    assertEquals(28, report.skipped().get(0).line());
  }

  @Test
  void refuses_external_entities_in_xml() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<rss><channel><item><id>1</id><title>&x;</title><price>1 USD</price></item></channel></rss>";
    ImportReport report;
    try {
      report = FeedImporter.read(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), "x.xml", US);
    } catch (FeedException e) {
      return;
    }
    assertTrue(report.products().stream().noneMatch(p -> p.title().contains("root")));
  }

  @Test
  void reads_json_array_in_products_object_with_lists_and_price_objects() {
    ImportReport report = resource("good.json", US);

    assertEquals(List.of("candle-1", "candle-2"), report.products().stream().map(Product::id).toList());
    assertEquals(List.of("Beige", "White"), byId(report).get("candle-1").colors());
    assertEquals(new BigDecimal("7.50"), byId(report).get("candle-2").price().amount());
    assertEquals(2, report.skipped().size());
    assertTrue(reasonAt(report, 6).contains("missing title"), report.skipped().toString());
    assertTrue(reasonAt(report, 7).contains("not a JSON object"), report.skipped().toString());
  }

  @Test
  void fails_clearly_when_the_content_is_no_feed() {
    InputStream garbage = new ByteArrayInputStream("{ not json".getBytes(StandardCharsets.UTF_8));

    FeedException e = assertThrows(FeedException.class, () -> FeedImporter.read(garbage, "feed.json", US));
    assertTrue(e.getMessage().contains("feed.json"));
  }

  @Test
  void loads_the_demo_feeds_with_117_products_in_each_locale() {
    ImportReport us = resource("demo-en-US.tsv", US);
    ImportReport de = resource("demo-de-DE.tsv", DE);

    assertEquals(117, us.products().size());
    assertEquals(117, de.products().size());
    assertEquals(List.of(), us.skipped());
    assertEquals(List.of(), de.skipped());
    assertTrue(us.products().stream().allMatch(p -> p.price().currency().getCurrencyCode().equals("USD")));
    assertTrue(de.products().stream().allMatch(p -> p.price().currency().getCurrencyCode().equals("EUR")));
    assertEquals(List.of("White", "Light Pink", "Light Gray"), byId(us).get("cotton-silk-bedsheet").colors());
  }

  static ImportReport text(String feed, String fileName, Locale locale) {
    return FeedImporter.read(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)), fileName, locale);
  }

  @Test
  void reports_an_unclosed_quote_on_the_line_its_row_starts_and_keeps_the_rows_before() {
    ImportReport report = text("id\ttitle\tprice\n\nlamp\tLamp\t5 USD\n\nvase\t\"Vase\t5 USD\nmore\tMore\t5 USD\n",
        "feed.tsv", US);

    assertEquals(List.of("lamp"), report.products().stream().map(Product::id).toList());
    assertEquals(5, report.skipped().get(0).line(), report.skipped().toString());
    assertTrue(report.skipped().get(0).reason().contains("never closed"), report.skipped().toString());
  }

  @Test
  void keeps_text_after_a_quoted_name_in_tsv() {
    ImportReport report = text("id\ttitle\tprice\nsessel\t\"Edgar\" Sessel\t5 EUR\n", "feed.tsv", DE);

    assertEquals("Edgar Sessel", report.products().get(0).title());
  }

  @Test
  void recognises_tsv_without_an_extension_by_its_tab() {
    ImportReport report = text("\uFEFFid\ttitle\tprice\nlamp\tLamp, brass\t5 USD\n", "feed", US);

    assertEquals("Lamp, brass", report.products().get(0).title());
  }
}
