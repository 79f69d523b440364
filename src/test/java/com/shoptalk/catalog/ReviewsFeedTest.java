package com.shoptalk.catalog;

import static com.shoptalk.catalog.FeedImporterTest.US;
import static com.shoptalk.catalog.FeedImporterTest.byId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewsFeedTest {

  private static final Path LUMA = Path.of("src/test/resources/catalog/magento-luma");
  private final ImportReport luma = FeedImporter.read(LUMA.resolve("luma-gear-en-US.tsv"),
      LUMA.resolve("luma-gear-reviews.xml"), US);

  @Test
  void adds_the_reviews_feed_reviews_to_the_products_they_name() {
    Product duffle = byId(luma).get("24-MB01");

    assertEquals(List.of(new Review(2, "I prefer more compartments", "I prefer more compartments. If you don't"
        + " mind putting everything in one space, it's fine. Good for the gym.", "Chi"),
        new Review(3, "I use it a lot", "It's a good size and I use it a lot. My only issue with it was I wanted"
            + " the handles to be longer so I can wear it on my back.", "Filiberto")), duffle.reviews());
    assertEquals(2.5, duffle.averageRating().orElseThrow());
  }

  @Test
  void reports_reviews_of_products_the_feed_does_not_have_with_their_line() {
    assertEquals(List.of(81, 82, 83), luma.warnings().stream().map(FeedWarning::line).toList());
    assertTrue(luma.warnings().get(0).message()
        .equals("luma-gear-reviews.xml: review ignored: no product of the feed has the sku 24-MG07"),
        luma.warnings().toString());
  }

  @Test
  void the_luma_feed_says_what_its_gear_is_made_of_and_that_it_is_in_stock() {
    Product backpack = byId(luma).get("24-MB03");

    assertEquals(List.of("Nylon", "Polyester"), backpack.materials());
    assertEquals("Solid", backpack.pattern());
    assertTrue(backpack.inStock());
    assertTrue(backpack.highlights().contains("H 20\" x W 14\" x D 12\"."), backpack.highlights().toString());
  }

  @Test
  void rescales_ratings_given_on_another_scale_and_matches_by_gtin() {
    ImportReport report = read("""
        <feed><reviews>
        <review><reviewer><name>Ann</name></reviewer><content>Lovely.</content>
          <ratings><overall min="0" max="10">10</overall></ratings>
          <products><product><product_ids><gtins><gtin>0001234567890</gtin></gtins></product_ids></product></products>
        </review>
        </reviews></feed>""");

    assertEquals(List.of(new Review(5, "", "Lovely.", "Ann")), byId(report).get("chair-1").reviews());
  }

  @Test
  void ignores_a_review_without_a_rating_with_its_line() {
    ImportReport report = read("""
        <feed><reviews>
        <review><content>No stars.</content><ratings><overall>lots</overall></ratings>
          <products><product><product_ids><skus><sku>chair-1</sku></skus></product_ids></product></products>
        </review>
        </reviews></feed>""");

    assertEquals(List.of(new FeedWarning(2, "reviews.xml: review ignored: rating 'lots' is no number")),
        report.warnings());
    assertEquals(List.of(), byId(report).get("chair-1").reviews());
  }

  @Test
  void fails_clearly_when_the_reviews_feed_is_no_xml() {
    FeedException e = assertThrows(FeedException.class, () -> read("not xml"));

    assertTrue(e.getMessage().contains("reviews.xml"), e.getMessage());
  }

  private static ImportReport read(String reviews) {
    try (InputStream feed = ReviewsFeedTest.class.getResourceAsStream("/catalog/good.tsv")) {
      return FeedImporter.read(feed, "good.tsv", new ByteArrayInputStream(reviews.getBytes(StandardCharsets.UTF_8)),
          "reviews.xml", US);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
