package com.shoptalk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogsTest {

  @Test
  void serves_english_for_languages_without_a_catalog() {
    Catalogs catalogs = DemoCatalogs.CATALOGS;
    assertSame(catalogs.forLocale(Locale.forLanguageTag("en-US")), catalogs.forLocale(Locale.FRANCE));
    assertEquals("de", catalogs.forLocale(Locale.forLanguageTag("de-AT")).locale().getLanguage());
  }

  @Test
  void fails_at_start_up_naming_a_missing_feed() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Catalogs.load(Map.of("de-DE", "/no/such/feed.tsv")));
    assertTrue(e.getMessage().contains("/no/such/feed.tsv"), e.getMessage());
  }

  @Test
  void loads_a_merchant_feed_for_one_locale_and_the_demo_for_the_other(@TempDir Path dir) throws Exception {
    Path feed = dir.resolve("feed.tsv");
    Files.writeString(feed, "id\ttitle\tprice\nlamp-1\tDesk Lamp\t19.99 USD\n");

    Catalogs catalogs = Catalogs.load(Map.of("en-US", feed.toString()));

    assertEquals(1, catalogs.forLocale(Locale.US).size());
    assertEquals(117, catalogs.forLocale(Locale.GERMANY).size());
  }

  @Test
  void the_local_run_builds_a_catalog_on_first_start_and_opens_it_after(@TempDir Path dir) throws Exception {
    Path feed = dir.resolve("feed.tsv");
    Files.writeString(feed, "id\ttitle\tprice\nlamp-1\tDesk Lamp\t19.99 USD\n");
    Map<String, String> feeds = Map.of("en-US", feed.toString());
    Catalogs.prepare(feeds, dir.resolve("catalog"));
    Path manifest = dir.resolve("catalog/en-US/manifest.properties");
    FileTime built = Files.getLastModifiedTime(manifest);
    Files.setLastModifiedTime(manifest, FileTime.fromMillis(built.toMillis() - 60_000));

    Catalogs again = Catalogs.prepare(feeds, dir.resolve("catalog"));

    assertEquals(built.toMillis() - 60_000, Files.getLastModifiedTime(manifest).toMillis(), "built again");
    assertEquals("Desk Lamp", again.forLocale(Locale.US).byId("lamp-1").orElseThrow().title());
  }

  @Test
  void the_local_run_builds_a_catalog_again_when_its_feed_changed(@TempDir Path dir) throws Exception {
    Path feed = dir.resolve("feed.tsv");
    Files.writeString(feed, "id\ttitle\tprice\nlamp-1\tDesk Lamp\t19.99 USD\n");
    Catalogs.prepare(Map.of("en-US", feed.toString()), dir.resolve("catalog"));
    Files.writeString(feed, "id\ttitle\tprice\nlamp-1\tDesk Lamp\t19.99 USD\nlamp-2\tFloor Lamp\t89.00 USD\n");

    Catalogs catalogs = Catalogs.prepare(Map.of("en-US", feed.toString()), dir.resolve("catalog"));

    assertEquals(2, catalogs.forLocale(Locale.US).size());
    assertEquals("Floor Lamp", catalogs.forLocale(Locale.US).search(catalogs.forLocale(Locale.US).parse("floor lamp"))
        .products().get(0).title());
  }

  @Test
  void catalogs_built_ahead_are_opened_without_their_feeds(@TempDir Path dir) throws Exception {
    Path feed = dir.resolve("feed.tsv");
    Files.writeString(feed, "id\ttitle\tprice\nlamp-1\tDesk Lamp\t19.99 USD\n");
    Catalogs.prepare(Map.of("en-US", feed.toString()), dir.resolve("catalog"));
    Files.delete(feed);

    Catalogs catalogs = Catalogs.open(dir.resolve("catalog"));

    assertEquals(List.of("Desk Lamp"), catalogs.forLocale(Locale.US).search(catalogs.forLocale(Locale.US)
        .parse("desk lamp")).products().stream().map(Product::title).toList());
    assertEquals(117, catalogs.forLocale(Locale.GERMANY).size());
  }
}
