package com.shoptalk.product;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shoptalk.catalog.Catalogs;
import com.shoptalk.catalog.Money;
import com.shoptalk.catalog.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "What do you sell": the categories with the most products, in the catalog's language. */
class CategoriesTest {

  private static List<Product> products(String... categories) {
    var products = new ArrayList<Product>();
    for (String category : categories) {
      products.add(new Product("p" + products.size(), "Product " + products.size(), null, "", "", "",
          Money.of("1", "USD"), null, "", null, List.of(), List.of(), category, "", "", List.of()));
    }
    return products;
  }

  @Test
  void the_categories_with_most_products_come_first_at_most_five() {
    List<Product> products = products("Rugs", "Chairs", "Chairs", "Lamps", "Sofas", "Beds", "Beds", "Beds", "Tables",
        "Desks", "", "Chairs");

    assertEquals(new Categories.Main(List.of("Chairs", "Beds", "Rugs", "Lamps", "Sofas"), true),
        Categories.largest(products));
  }

  @Test
  void a_feed_without_product_types_has_no_categories() {
    assertEquals(new Categories.Main(List.of(), false), Categories.largest(products("", " ")));
  }

  @Test
  void a_shop_with_few_categories_names_them_all() {
    assertEquals(new Categories.Main(List.of("Rugs", "Lamps"), false), Categories.largest(products("Rugs", "Lamps")));
  }

  @Test
  void the_demo_catalogs_name_searchable_categories_in_their_language() {
    var categories = new Categories(Catalogs.load(Map.of()));

    List<String> english = categories.main(Locale.forLanguageTag("en-US")).names();
    List<String> german = categories.main(Locale.forLanguageTag("de-DE")).names();

    assertEquals(Categories.MAX, english.size());
    assertEquals("Bar and Glassware", english.get(0));
    assertEquals("Gläser und Barzubehör", german.get(0));
  }
}
