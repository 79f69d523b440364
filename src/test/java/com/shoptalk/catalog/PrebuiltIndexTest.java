package com.shoptalk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index written ahead to a directory searches like one built at start-up. */
class PrebuiltIndexTest {

  @Test
  void an_index_written_to_a_directory_finds_what_the_in_memory_one_finds(@TempDir Path dir) throws Exception {
    Catalog built = GermanSearchTest.CATALOG;
    try (Directory directory = FSDirectory.open(dir)) {
      Catalog.writeIndex(built.locale(), built.products(), directory);
      Catalog opened = Catalog.open(built.locale(), built.products(), directory);

      for (String spoken : List.of("Sessel", "Weingläser", "Teppiche unter 200 Euro", "Tepich")) {
        SearchResult expected = built.search(built.parse(spoken));
        SearchResult actual = opened.search(opened.parse(spoken));
        assertEquals(expected.products(), actual.products(), spoken);
        assertEquals(expected.suggestion(), actual.suggestion(), spoken);
      }
    }
  }

  @Test
  void an_opened_index_finds_products_by_id_whatever_their_order(@TempDir Path dir) throws Exception {
    Catalog built = EnglishSearchTest.CATALOG;
    List<Product> reversed = new ArrayList<>(built.products());
    Collections.reverse(reversed);
    try (Directory directory = FSDirectory.open(dir)) {
      Catalog.writeIndex(Locale.US, built.products(), directory);
      Catalog opened = Catalog.open(Locale.US, reversed, directory);

      assertEquals(built.search(built.parse("lounge chair")).products(),
          opened.search(opened.parse("lounge chair")).products());
    }
  }
}
