package com.shoptalk.question;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A snapshot of a product as it was when the question was asked, so the question still reads the
 * same when the catalog changes.
 *
 * @param productId the catalog id
 * @param title the product's full title
 * @param spokenName a short name for speech and the page; the title when not given
 * @param price the price, or {@code null} when unknown
 * @param currency ISO 4217 code of the price, or {@code null} when the price is unknown
 * @param imageLink an http(s) image URL, or {@code null}
 * @param link the http(s) URL of the product page in the shop, or {@code null}
 */
public record QuestionOption(
    String productId, String title, String spokenName, BigDecimal price, String currency, String imageLink, String link) {

  public QuestionOption {
    productId = Objects.requireNonNull(TextInput.clean(productId, 200), "productId");
    title = Objects.requireNonNull(TextInput.clean(title, 300), "title");
    spokenName = TextInput.clean(spokenName, 200);
    if (spokenName == null) {
      spokenName = title;
    }
    if (price != null && price.signum() < 0) {
      throw new IllegalArgumentException("price must not be negative: " + price);
    }
    if (price != null && (currency == null || !currency.matches("[A-Z]{3}"))) {
      throw new IllegalArgumentException("a price needs an ISO 4217 currency, got " + currency);
    }
    imageLink = imageLink == null || imageLink.isBlank() ? null : Links.require(imageLink);
    link = link == null || link.isBlank() ? null : Links.require(link);
  }
}
