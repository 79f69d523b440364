package com.shoptalk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ImportCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void prints_products_and_skipped_rows_with_line_numbers() throws Exception {
    Path feed = Path.of(getClass().getResource("/catalog/broken.tsv").toURI());

    int code = run("import", feed.toString(), "--locale", "en-US");

    String printed = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code);
    assertTrue(printed.contains("2 products read, 6 rows skipped"), printed);
    assertTrue(printed.contains("skipped line 4: unparseable price 'abc'"), printed);
  }

  @Test
  void builds_the_catalog_of_a_feed_into_a_folder_with_out(@TempDir Path dir) throws Exception {
    Path feed = Path.of(getClass().getResource("/catalog/broken.tsv").toURI());

    int code = run("import", feed.toString(), "--locale", "en-US", "--out", dir.resolve("en-US").toString());

    String printed = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    assertTrue(printed.contains("catalog of 2 products built into " + dir.resolve("en-US")), printed);
    assertTrue(printed.contains("skipped line 4: unparseable price 'abc'"), printed);
    Catalog catalog = PrebuiltCatalog.open(dir.resolve("en-US"), Locale.US);
    assertEquals(2, catalog.size());
    assertEquals(PrebuiltCatalog.feedKey(feed), PrebuiltCatalog.manifest(dir.resolve("en-US")).orElseThrow().feed());
  }

  @Test
  void writes_the_catalog_codes_version_for_a_package_which_reads_it_instead_of_hashing_its_classes(@TempDir Path dir)
      throws Exception {
    Path stamp = dir.resolve("catalog").resolve("code-version.txt");

    int code = run("code-version", "--out", stamp.toString());

    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    String written = Files.readString(stamp).strip();
    assertEquals(CatalogCode.compute(), written);
    assertEquals(CatalogCode.version(), written, "the catalogs built here name the same version");
    assertEquals(written, CatalogCode.stamped(stamp.toUri().toURL()));
  }

  @Test
  void a_stamp_that_is_not_a_version_is_ignored_and_the_version_worked_out(@TempDir Path dir) throws Exception {
    Path stamp = dir.resolve("code-version.txt");
    Files.writeString(stamp, "<html>not a version</html>");

    assertNull(CatalogCode.stamped(stamp.toUri().toURL()));
    assertNull(CatalogCode.stamped(dir.resolve("missing.txt").toUri().toURL()));
    assertNull(CatalogCode.stamped(null));
  }

  @Test
  void exits_with_1_for_a_missing_file() {
    assertEquals(1, run("import", "/no/such/feed.tsv", "--locale", "de-DE"));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("/no/such/feed.tsv"));
  }

  @Test
  void exits_with_1_and_usage_without_arguments() {
    assertEquals(1, run());
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage"));
  }

  @Test
  void prints_review_counts_and_ignored_reviews_from_a_reviews_feed() {
    int code = run("import", "src/test/resources/catalog/magento-luma/luma-gear-en-US.tsv", "--reviews",
        "src/test/resources/catalog/magento-luma/luma-gear-reviews.xml", "--locale", "en-US");

    String printed = out.toString(StandardCharsets.UTF_8);
    assertEquals(0, code);
    assertTrue(printed.contains("reviews: 2 (2.5 stars)"), printed);
    assertTrue(printed.contains("line 81: luma-gear-reviews.xml: review ignored: no product of the feed has the sku"
        + " 24-MG07"), printed);
  }
}
