package com.shoptalk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
}
