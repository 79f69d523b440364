package com.shoptalk.productlinks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web function finds a product's shop page by its id in the catalog's link file, without the catalog. */
class ProductLinkFileTest {

  @Test
  void finds_every_product_of_a_large_catalog_by_id(@TempDir Path dir) {
    List<ProductLinkFile.Entry> entries = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      entries.add(new ProductLinkFile.Entry("sku-" + i, "Lamp " + i, "https://shop.example/p/" + i));
    }
    Collections.shuffle(entries, new Random(7));
    ProductLinkFile.write(dir.resolve("links.tsv"), entries);

    ProductLinkFile file = ProductLinkFile.open(dir.resolve("links.tsv"));

    assertEquals(5000, file.size());
    for (ProductLinkFile.Entry entry : entries) {
      assertEquals(Optional.of(entry), file.find(entry.id()));
    }
  }

  @Test
  void finds_nothing_for_an_id_the_catalog_does_not_have(@TempDir Path dir) {
    ProductLinkFile.write(dir.resolve("links.tsv"), List.of(new ProductLinkFile.Entry("b", "B", ""),
        new ProductLinkFile.Entry("d", "D", "")));

    ProductLinkFile file = ProductLinkFile.open(dir.resolve("links.tsv"));

    for (String missing : List.of("a", "c", "e", "", "b\t", "bb")) {
      assertTrue(file.find(missing).isEmpty(), missing);
    }
  }

  @Test
  void keeps_ids_and_titles_with_tabs_backslashes_and_non_ascii_letters(@TempDir Path dir) {
    var odd = new ProductLinkFile.Entry("Sessel\\12\tgrün", "Sessel \"Lümmel\"\nneu", "https://shop.example/ä?x=1");
    var plain = new ProductLinkFile.Entry("Sessel", "Sessel", "https://shop.example/s");
    ProductLinkFile.write(dir.resolve("links.tsv"), List.of(odd, plain));

    ProductLinkFile file = ProductLinkFile.open(dir.resolve("links.tsv"));

    assertEquals(Optional.of(odd), file.find(odd.id()));
    assertEquals(Optional.of(plain), file.find("Sessel"));
  }

  @Test
  void an_empty_catalog_has_no_links(@TempDir Path dir) {
    ProductLinkFile.write(dir.resolve("links.tsv"), List.of());

    assertTrue(ProductLinkFile.open(dir.resolve("links.tsv")).find("anything").isEmpty());
  }
}
