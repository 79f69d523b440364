package com.shoptalk.wishlist;

import com.shoptalk.catalog.Product;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A product as it was when it went on a wish list: the price is the price at that moment, so a
 * later price drop can be told by comparing with the catalog.
 *
 * @param productId the catalog's product id
 * @param title the product title
 * @param spokenName a short name that reads well aloud; the title when blank
 * @param price the price when saved, or {@code null} when the catalog had none
 * @param currency the ISO 4217 code of {@code price} (required with a price)
 * @param imageLink an image URL, or {@code null}
 * @param link the product page, or {@code null}
 * @param addedAt when it was added to the list; {@code null} until {@link WishListService} saves it
 */
public record WishListItem(
    String productId,
    String title,
    String spokenName,
    BigDecimal price,
    String currency,
    String imageLink,
    String link,
    Instant addedAt) {

  public WishListItem {
    Objects.requireNonNull(productId, "productId");
    Objects.requireNonNull(title, "title");
    if (productId.isBlank()) {
      throw new IllegalArgumentException("productId must not be blank");
    }
    if (title.isBlank()) {
      throw new IllegalArgumentException("title must not be blank");
    }
    if (spokenName == null || spokenName.isBlank()) {
      spokenName = title;
    }
    if (price != null) {
      if (price.signum() < 0) {
        throw new IllegalArgumentException("price must not be negative: " + price);
      }
      if (currency == null || !currency.strip().matches("[A-Za-z]{3}")) {
        throw new IllegalArgumentException("a price needs an ISO 4217 currency code, got " + currency);
      }
    }
    if (currency != null) {
      currency = currency.strip().toUpperCase(Locale.ROOT);
      if (currency.isEmpty()) {
        currency = null;
      }
    }
  }

  /** The snapshot of a catalog product that goes on a list. */
  public static WishListItem of(Product product) {
    return new WishListItem(product.id(), product.title(), product.spokenName(),
        product.effectivePrice().amount(), product.effectivePrice().currency().getCurrencyCode(),
        product.imageLink(), product.link(), null);
  }

  /** This item stamped with the moment it was added to a list. */
  public WishListItem withAddedAt(Instant when) {
    return new WishListItem(productId, title, spokenName, price, currency, imageLink, link, when);
  }

  /**
   * How much less the product costs now than when it was saved, if it is cheaper now; empty when
   * it is not, when either price is unknown, or when the currencies differ.
   */
  public Optional<BigDecimal> priceDropTo(BigDecimal currentPrice, String currentCurrency) {
    if (price == null || currentPrice == null || currentCurrency == null
        || !currency.equalsIgnoreCase(currentCurrency.strip())) {
      return Optional.empty();
    }
    BigDecimal drop = price.subtract(currentPrice);
    return drop.signum() > 0 ? Optional.of(drop) : Optional.empty();
  }
}
