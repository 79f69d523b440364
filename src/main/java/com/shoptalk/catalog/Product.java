package com.shoptalk.catalog;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A product of a merchant's catalog in one locale, with its variants' colours and sizes merged.
 *
 * <p>What the feed says beyond name and price is in {@link #facts()}, with shortcuts {@link #materials()},
 * {@link #pattern()}, {@link #highlights()}, {@link #details()} and {@link #dimensions()}; whether it can be bought
 * now in {@link #stock()} and {@link #inStock()}. An empty value means the feed does not say: the skill then says
 * so and never guesses.
 *
 * @param id           the merchant's id (the item group id for products with variants)
 * @param title        the full title from the feed
 * @param spokenName   a short, speakable name derived from the title
 * @param description  the description, may be empty
 * @param link         the product page URL, may be empty
 * @param imageLink    the main image URL, may be empty
 * @param price        the regular price
 * @param salePrice    the sale price, or {@code null} when not on sale
 * @param availability the Merchant Center availability: {@code in_stock}, {@code out_of_stock}, {@code preorder},
 *                     {@code backorder}, or empty when the feed does not say
 * @param brand        the brand, or {@code null} when unknown
 * @param colors       the colours of all variants, in the catalog's language
 * @param sizes        the sizes of all variants
 * @param category     the most specific category in the catalog's language, may be empty
 * @param gtin         the GTIN, may be empty
 * @param itemGroupId  the item group id, may be empty
 * @param reviews      the reviews, may be empty
 * @param facts        materials, pattern, highlights, details and dimensions; {@link ProductFacts#NONE} when the
 *                     feed has none
 */
public record Product(String id, String title, String spokenName, String description, String link,
    String imageLink, Money price, Money salePrice, String availability, String brand,
    List<String> colors, List<String> sizes, String category, String gtin, String itemGroupId,
    List<Review> reviews, ProductFacts facts) {

  /** Creates a product about which the feed says nothing beyond these fields ({@link ProductFacts#NONE}). */
  public Product(String id, String title, String spokenName, String description, String link,
      String imageLink, Money price, Money salePrice, String availability, String brand,
      List<String> colors, List<String> sizes, String category, String gtin, String itemGroupId,
      List<Review> reviews) {
    this(id, title, spokenName, description, link, imageLink, price, salePrice, availability, brand, colors, sizes,
        category, gtin, itemGroupId, reviews, ProductFacts.NONE);
  }

  /** Validates required fields, copies lists and replaces missing optional texts with empty ones. */
  public Product {
    id = requireText(id, "id");
    title = requireText(title, "title");
    Objects.requireNonNull(price, "price");
    if (salePrice != null && !salePrice.currency().equals(price.currency())) {
      throw new IllegalArgumentException("sale price currency differs from price currency");
    }
    spokenName = spokenName == null || spokenName.isBlank() ? title : spokenName;
    description = Objects.requireNonNullElse(description, "");
    link = Objects.requireNonNullElse(link, "");
    imageLink = Objects.requireNonNullElse(imageLink, "");
    availability = Objects.requireNonNullElse(availability, "");
    brand = brand == null || brand.isBlank() ? null : brand;
    colors = List.copyOf(Objects.requireNonNullElse(colors, List.of()));
    sizes = List.copyOf(Objects.requireNonNullElse(sizes, List.of()));
    category = Objects.requireNonNullElse(category, "");
    gtin = Objects.requireNonNullElse(gtin, "");
    itemGroupId = Objects.requireNonNullElse(itemGroupId, "");
    reviews = List.copyOf(Objects.requireNonNullElse(reviews, List.of()));
    facts = Objects.requireNonNullElse(facts, ProductFacts.NONE);
  }

  /**
   * Returns this product with other reviews.
   *
   * @param newReviews the reviews
   * @return a copy with those reviews
   */
  public Product withReviews(List<Review> newReviews) {
    return new Product(id, title, spokenName, description, link, imageLink, price, salePrice, availability, brand,
        colors, sizes, category, gtin, itemGroupId, newReviews, facts);
  }

  /**
   * Returns whether the product can be bought now.
   *
   * @return the availability; {@link Availability#UNKNOWN} when the feed does not say
   */
  public Availability stock() {
    return Availability.of(availability);
  }

  /**
   * Returns whether the feed says the product is in stock.
   *
   * @return true only for {@code in_stock}; false also when the feed does not say (see {@link #stock()})
   */
  public boolean inStock() {
    return stock() == Availability.IN_STOCK;
  }

  /**
   * Returns what the product is made of, in the catalog's language ({@code ["velvet", "brass"]}).
   *
   * @return the materials; empty when the feed does not say
   */
  public List<String> materials() {
    return facts.materials();
  }

  /**
   * Returns the pattern ({@code "striped"}).
   *
   * @return the pattern; empty when the feed does not say
   */
  public String pattern() {
    return facts.pattern();
  }

  /**
   * Returns short statements of the product's features ({@code "Dishwasher safe"}), in the catalog's language.
   *
   * @return the highlights in feed order; empty when the feed has none
   */
  public List<String> highlights() {
    return facts.highlights();
  }

  /**
   * Returns technical details: section, attribute and value ({@code General / Finish / Gold}).
   *
   * @return the details in feed order; empty when the feed has none
   */
  public List<ProductFacts.Detail> details() {
    return facts.details();
  }

  /**
   * Returns the measurements the feed gives; sizes such as {@code "5ft x 7ft"} or {@code "Queen"} are in
   * {@link #sizes()}.
   *
   * @return the dimensions, {@link Dimensions#NONE} when the feed gives none
   */
  public Dimensions dimensions() {
    return facts.dimensions();
  }

  /**
   * Returns the price the shopper pays.
   *
   * @return the sale price when present, else the price
   */
  public Money effectivePrice() {
    return salePrice != null ? salePrice : price;
  }

  /**
   * Returns the mean star rating of the reviews.
   *
   * @return the average rating, or empty when there are no reviews
   */
  public OptionalDouble averageRating() {
    return reviews.stream().mapToInt(Review::rating).average();
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value.strip();
  }
}
