package com.shoptalk.catalog;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A product of a merchant's catalog in one locale, with its variants' colours and sizes merged.
 *
 * @param id           the merchant's id (the item group id for products with variants)
 * @param title        the full title from the feed
 * @param spokenName   a short, speakable name derived from the title
 * @param description  the description, may be empty
 * @param link         the product page URL, may be empty
 * @param imageLink    the main image URL, may be empty
 * @param price        the regular price
 * @param salePrice    the sale price, or {@code null} when not on sale
 * @param availability the Merchant Center availability, e.g. {@code in_stock}
 * @param brand        the brand, or {@code null} when unknown
 * @param colors       the colours of all variants, in the catalog's language
 * @param sizes        the sizes of all variants
 * @param category     the most specific category in the catalog's language, may be empty
 * @param gtin         the GTIN, may be empty
 * @param itemGroupId  the item group id, may be empty
 * @param reviews      the reviews, may be empty
 */
public record Product(String id, String title, String spokenName, String description, String link,
    String imageLink, Money price, Money salePrice, String availability, String brand,
    List<String> colors, List<String> sizes, String category, String gtin, String itemGroupId,
    List<Review> reviews) {

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
