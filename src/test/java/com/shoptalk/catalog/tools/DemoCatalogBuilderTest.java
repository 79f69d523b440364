package com.shoptalk.catalog.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCatalogBuilderTest {

  static final Path SOURCE = Path.of("src/main/catalog-source/commercetools-b2c-lifestyle");

  @Test
  void the_shipped_demo_feeds_are_what_the_builder_makes_of_the_source_in_the_repository(@TempDir Path out)
      throws IOException {
    DemoCatalogBuilder.main(new String[] {SOURCE.toString(), out.toString()});

    for (String feed : List.of("demo-en-US.tsv", "demo-de-DE.tsv")) {
      assertEquals(Files.readString(Path.of("src/main/resources/catalog", feed)), Files.readString(out.resolve(feed)),
          feed + " differs from a rebuild: run the command in src/main/resources/catalog/README.md");
    }
  }

  @Test
  void a_material_counts_where_the_text_says_the_product_is_made_of_it() throws IOException {
    DemoMaterials materials = DemoMaterials.load(SOURCE.resolve("materials.tsv"));

    assertEquals(List.of("velvet", "brass"), english(materials, "A velvet chair with a brass frame."));
    assertEquals(List.of(), english(materials, "The cup is made of ceramic or porcelain."));
    assertEquals(List.of("linen"), english(materials,
        "Made of a durable material, such as cotton or polyester. A linen cover."));
    assertEquals(List.of("wax"), english(materials,
        "It is made from wax. It fills the room with the natural fragrance of pine and wood."));
    assertEquals(List.of("walnut"), english(materials, "The walnut stool is made from walnut wood."));
  }

  private static List<String> english(DemoMaterials materials, String text) {
    return materials.named(text).stream().map(DemoMaterials.Material::english).toList();
  }
}
