package com.shoptalk.product;

import com.shoptalk.catalog.Catalog;
import com.shoptalk.catalog.Catalogs;
import com.shoptalk.catalog.Dimensions;
import com.shoptalk.catalog.Money;
import com.shoptalk.catalog.Product;
import com.shoptalk.catalog.ProductFacts;
import com.shoptalk.catalog.Review;
import com.shoptalk.search.SearchService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small hand-made products for the product questions' tests, and a search service over them. */
final class TestProducts {
  static final Locale EN = Locale.forLanguageTag("en-US");
  static final Locale DE = Locale.forLanguageTag("de-DE");

  private TestProducts() {}

  /** A product builder: id, title and price first, the rest optional. */
  static final class Builder {
    private final String id;
    private final String price;
    private String currency = "USD";
    private List<String> colors = List.of();
    private List<String> sizes = List.of();
    private List<String> materials = List.of();
    private List<String> highlights = List.of();
    private List<ProductFacts.Detail> details = List.of();
    private Dimensions dimensions = Dimensions.NONE;
    private final List<Review> reviews = new ArrayList<>();
    private String availability = "";
    private String brand;
    private String description = "";

    Builder(String id, String price) {
      this.id = id;
      this.price = price;
    }

    Builder euro() {
      currency = "EUR";
      return this;
    }

    Builder colors(String... values) {
      colors = List.of(values);
      return this;
    }

    Builder sizes(String... values) {
      sizes = List.of(values);
      return this;
    }

    Builder materials(String... values) {
      materials = List.of(values);
      return this;
    }

    Builder highlights(String... values) {
      highlights = List.of(values);
      return this;
    }

    Builder finish(String value) {
      return detail("Finish", value);
    }

    Builder detail(String attribute, String value) {
      details = List.of(new ProductFacts.Detail("General", attribute, value));
      return this;
    }

    Builder dimensions(Dimensions value) {
      dimensions = value;
      return this;
    }

    Builder rated(int... stars) {
      for (int star : stars) {
        reviews.add(new Review(star, "", "text", ""));
      }
      return this;
    }

    Builder availability(String value) {
      availability = value;
      return this;
    }

    Builder brand(String value) {
      brand = value;
      return this;
    }

    Builder description(String value) {
      description = value;
      return this;
    }

    Product build() {
      String title = Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
      return new Product(id, title, title, description, "https://shop.example/p/" + id, "", Money.of(price, currency),
          null, availability, brand, colors, sizes, "", "", "", reviews,
          new ProductFacts(materials, "", highlights, details, dimensions));
    }
  }

  static Builder product(String id, String price) {
    return new Builder(id, price);
  }

  /** A search service whose en-US catalog holds these products (and de-DE one placeholder). */
  static SearchService searches(Product... products) {
    Product german = product("platzhalter", "1").euro().build();
    return new SearchService(Catalogs.of(List.of(Catalog.of(EN, List.of(products)), Catalog.of(DE, List.of(german)))));
  }
}
