package com.shoptalk.catalog;

import java.util.List;
import java.util.Objects;

/**
 * What a feed says about a product beyond its name and price, for answering shoppers' questions ("what's it made
 * of", "how big is it"): Merchant Center's {@code material}, {@code pattern}, {@code product_highlight},
 * {@code product_detail} and {@code product_length} / {@code _width} / {@code _height} / {@code _weight}.
 *
 * <p>Everything is optional; an empty list or string means the feed does not say.
 *
 * @param materials  the materials, in the catalog's language ({@code material}, {@code "velvet/brass"} split)
 * @param pattern    the pattern ({@code pattern}), may be empty
 * @param highlights short feature statements ({@code product_highlight}, repeated), in feed order
 * @param details    technical details ({@code product_detail}: section, attribute, value), in feed order
 * @param dimensions the measurements
 */
public record ProductFacts(List<String> materials, String pattern, List<String> highlights, List<Detail> details,
    Dimensions dimensions) {

  /** A product about which the feed says nothing more. */
  public static final ProductFacts NONE = new ProductFacts(List.of(), "", List.of(), List.of(), Dimensions.NONE);

  /** Copies the lists and replaces missing values with empty ones. */
  public ProductFacts {
    materials = List.copyOf(Objects.requireNonNullElse(materials, List.of()));
    pattern = Objects.requireNonNullElse(pattern, "").strip();
    highlights = List.copyOf(Objects.requireNonNullElse(highlights, List.of()));
    details = List.copyOf(Objects.requireNonNullElse(details, List.of()));
    dimensions = Objects.requireNonNullElse(dimensions, Dimensions.NONE);
  }

  /**
   * Returns the value of a detail by its attribute name, ignoring case ({@code "Finish"}).
   *
   * @param attribute the attribute name
   * @return the first such detail's value, or empty when the feed has none
   */
  public java.util.Optional<String> detail(String attribute) {
    return details.stream().filter(d -> d.attribute().equalsIgnoreCase(attribute)).map(Detail::value).findFirst();
  }

  /**
   * One {@code product_detail}: {@code General:Finish:Gold}.
   *
   * @param section   the section name, may be empty
   * @param attribute the attribute name, not blank
   * @param value     the value, not blank
   */
  public record Detail(String section, String attribute, String value) {

    /** Validates the attribute and value. */
    public Detail {
      section = Objects.requireNonNullElse(section, "").strip();
      if (attribute == null || attribute.isBlank() || value == null || value.isBlank()) {
        throw new IllegalArgumentException("a product detail needs an attribute name and a value");
      }
      attribute = attribute.strip();
      value = value.strip();
    }
  }
}
