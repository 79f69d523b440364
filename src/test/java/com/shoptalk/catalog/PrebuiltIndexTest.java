package com.shoptalk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.testing.TestSkill;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A catalog built ahead into a folder searches like one indexed in memory, and is opened without its feed. */
class PrebuiltIndexTest {

  @Test
  void a_german_catalog_built_into_a_folder_finds_what_the_in_memory_one_finds(@TempDir Path dir) {
    assertSameAnswers(GermanSearchTest.CATALOG, dir, "Sessel", "Weingläser", "Teppiche unter 200 Euro", "Tepich",
        "günstigste Sofa");
  }

  @Test
  void an_english_catalog_built_into_a_folder_finds_what_the_in_memory_one_finds(@TempDir Path dir) {
    assertSameAnswers(EnglishSearchTest.CATALOG, dir, "lounge chair", "lunch chair", "rugs under 200 dollars",
        "tea pot", "cheapest sofa");
  }

  @Test
  void the_english_demo_catalog_built_ahead_answers_every_benchmark_query_as_the_one_in_memory() throws IOException {
    assertSameResults(Locale.US, "rugs for the living room", "something for the kitchen", "a gift for a coffee lover",
        "chandelier", "couch under 1000 dollars", "dark gray dresser", "cheapest sofa");
  }

  @Test
  void the_german_demo_catalog_built_ahead_answers_every_benchmark_query_as_the_one_in_memory() throws IOException {
    assertSameResults(Locale.GERMANY, "Teppiche fürs Wohnzimmer", "etwas für die Küche",
        "ein Geschenk für Kaffeeliebhaber", "Kronleuchter", "Couch unter 1000 Euro", "dunkelgraue Kommode",
        "günstigstes Sofa");
  }

  @Test
  void a_built_catalog_reads_back_every_product_as_imported_in_feed_order(@TempDir Path dir) {
    Catalog built = GermanSearchTest.CATALOG;
    PrebuiltCatalog.write(built.locale(), built.products(), "sha256:test", "demo-de-DE.tsv", dir.resolve("de-DE"));

    Catalog opened = PrebuiltCatalog.open(dir.resolve("de-DE"), built.locale());

    assertEquals(built.products(), opened.products());
    assertEquals(built.colors(), opened.colors());
    assertEquals(built.brands(), opened.brands());
    assertEquals(built.currency(), opened.currency());
    assertEquals(built.categories(), opened.categories());
  }

  @Test
  void a_built_catalog_finds_products_by_id(@TempDir Path dir) {
    Catalog built = EnglishSearchTest.CATALOG;
    PrebuiltCatalog.write(Locale.US, built.products(), "sha256:test", "demo-en-US.tsv", dir.resolve("en-US"));

    Catalog opened = PrebuiltCatalog.open(dir.resolve("en-US"), Locale.US);

    Product chair = built.byId("abigail-lounge-chair").orElseThrow();
    assertEquals(chair, opened.byId("abigail-lounge-chair").orElseThrow());
    assertTrue(opened.byId("no-such-product").isEmpty());
  }

  @Test
  void a_catalog_built_by_other_catalog_code_is_refused_with_what_to_do(@TempDir Path dir) throws Exception {
    Catalog built = EnglishSearchTest.CATALOG;
    Path folder = dir.resolve("en-US");
    PrebuiltCatalog.write(Locale.US, built.products(), "sha256:test", "demo-en-US.tsv", folder);
    Path manifest = folder.resolve("manifest.properties");
    Files.writeString(manifest, Files.readString(manifest).replaceAll("(?m)^code=.*$", "code=0123456789ab"));

    IllegalStateException refused = assertThrows(IllegalStateException.class,
        () -> PrebuiltCatalog.open(folder, Locale.US));

    assertTrue(refused.getMessage().contains("other catalog code"), refused.getMessage());
    assertTrue(refused.getMessage().contains("sam build"), refused.getMessage());
  }

  @Test
  void a_missing_catalog_is_refused_naming_the_folder(@TempDir Path dir) {
    IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Catalogs.open(dir));

    assertTrue(refused.getMessage().contains(dir.resolve("en-US").toString()), refused.getMessage());
  }

  private static void assertSameAnswers(Catalog built, Path dir, String... queries) {
    Path folder = dir.resolve(built.locale().toLanguageTag());
    PrebuiltCatalog.write(built.locale(), built.products(), "sha256:test", "demo", folder);
    Catalog opened = PrebuiltCatalog.open(folder, built.locale());

    for (String spoken : List.of(queries)) {
      SearchResult expected = built.search(built.parse(spoken));
      SearchResult actual = opened.search(opened.parse(spoken));
      assertEquals(expected.products(), actual.products(), spoken);
      assertEquals(expected.suggestion(), actual.suggestion(), spoken);
    }
  }

  /**
   * The whole answer (products in order, suggestion, broadening, kind not carried, related categories, gift, topic)
   * of the demo catalog as the local run and {@code sam build} build it ahead, against the one indexed in memory: for
   * the search benchmark's queries and a few more.
   */
  private static void assertSameResults(Locale locale, String... more) throws IOException {
    Catalog inMemory = DemoCatalogs.CATALOGS.forLocale(locale);
    Catalog builtAhead = Catalogs.prepare(Map.of(), TestSkill.DEMO_CATALOGS).forLocale(locale);
    List<String> queries = new ArrayList<>(List.of(more));
    Files.readAllLines(Path.of("src/test/resources/catalog/queries-" + locale.toLanguageTag() + ".tsv")).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t")[1]).forEach(queries::add);

    for (String spoken : queries) {
      assertEquals(inMemory.search(inMemory.parse(spoken)), builtAhead.search(builtAhead.parse(spoken)), spoken);
    }
    assertTrue(queries.size() > 80, "queries: " + queries.size());
  }
}
