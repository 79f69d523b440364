package com.shoptalk.catalog;

import static com.shoptalk.catalog.FeedImporterTest.DE;
import static com.shoptalk.catalog.FeedImporterTest.byId;
import static com.shoptalk.catalog.FeedImporterTest.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The German demo feed reads as a German shop would write it: names, grammar, web addresses. */
class DemoGermanTest {
  private final Map<String, Product> de = byId(resource("demo-de-DE.tsv", DE));

  @Test
  void product_names_are_spelled_and_declined_correctly() {
    assertEquals("Stuhl Holzkohle", de.get("charcoal-chair").title());
    assertEquals("Doppelwandige Espressotasse aus Glas", de.get("double-walled-espresso-glass").title());
    assertEquals("Eiseimer", de.get("ice-bucket").title());
  }

  @Test
  void the_twin_bed_is_a_single_bed() {
    Product twin = de.get("modern-upholstered-twin-bed");

    assertEquals("Modernes gepolstertes Einzelbett", twin.title());
    assertFalse(twin.description().contains("Doppelbett"), twin.description());
    assertFalse(twin.description().contains("zwei Einzelbetten"), twin.description());
  }

  @Test
  void web_addresses_spell_umlauts_out_instead_of_dropping_them() {
    // "Große Keramikplatte" is at grosse-keramikplatte, not groe-keramikplatte.
    var dropped = de.values().stream()
        .filter(p -> words(p.title()).stream().anyMatch(w -> w.matches(".*[äöüß].*")
            && slug(p).contains(w.replaceAll("[äöüß]", ""))))
        .map(p -> p.title() + " -> " + slug(p))
        .toList();

    assertEquals(List.of(), dropped);
    assertEquals("grosse-keramikplatte", slug(de.get("large-ceramic-plate")));
    assertEquals("bettwaesche-aus-baumwollseide", slug(de.get("cotton-silk-bedsheet")));
  }

  private static String slug(Product product) {
    return product.link().substring(product.link().lastIndexOf('/') + 1);
  }

  private static List<String> words(String title) {
    return List.of(Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.GERMAN).split("[^\\p{L}]+"));
  }
}
