package com.shoptalk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
