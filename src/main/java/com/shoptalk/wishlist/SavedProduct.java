package com.shoptalk.wishlist;

import com.shoptalk.catalog.Money;
import com.shoptalk.catalog.Product;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * An item of a wish list as the shopper hears it read: the snapshot saved with the list, and the
 * product as the catalog has it today.
 *
 * @param item the snapshot saved on the list
 * @param now the product in today's catalog of the shopper's language; empty when the shop no longer has it
 */
public record SavedProduct(WishListItem item, Optional<Product> now) {
  public SavedProduct {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(now, "now");
  }

  public String productId() {
    return item.productId();
  }

  /** The catalog's name in the shopper's language: a list saved in English reads in German too. */
  public String spokenName() {
    return now.map(Product::spokenName).orElse(item.spokenName());
  }

  /** Whether the shop still has the product. */
  public boolean isAvailable() {
    return now.isPresent();
  }

  /** The price saved with the item, when there was one (for a product the shop no longer has). */
  public Optional<Money> savedPrice() {
    return item.price() == null ? Optional.empty()
        : Optional.of(new Money(item.price(), Currency.getInstance(item.currency())));
  }

  /** How much cheaper the product is today than when it was saved; empty when it is not. */
  public Optional<Money> priceDrop() {
    return now.flatMap(product -> {
      Money today = product.effectivePrice();
      Optional<BigDecimal> drop = item.priceDropTo(today.amount(), today.currency().getCurrencyCode());
      return drop.map(amount -> new Money(amount, today.currency()));
    });
  }
}
