package com.shoptalk.catalog.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LumaGearFeedsTest {

  private static final Path SOURCE = Path.of("src/test/resources/catalog/magento-luma");

  @Test
  void the_luma_test_feeds_are_what_the_converter_makes_of_the_magento_data(@TempDir Path out) throws Exception {
    LumaGearFeeds.write(SOURCE, out);

    for (String feed : List.of("luma-gear-en-US.tsv", "luma-gear-reviews.xml")) {
      assertEquals(Files.readString(SOURCE.resolve(feed)), Files.readString(out.resolve(feed)), feed);
    }
  }

  @Test
  void list_items_of_a_description_become_highlights_and_the_rest_its_text() {
    String html = "<p>A bag &amp; more.</p>\n<ul>\n<li>Dual top handles.</li>\n<li>L 29\" x W 13\".\n</ul>";

    assertEquals(List.of("Dual top handles.", "L 29\" x W 13\"."), LumaGearFeeds.listItems(html));
    assertEquals("A bag & more.", LumaGearFeeds.paragraphs(html));
  }
}
