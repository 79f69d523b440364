package com.shoptalk.buying;

import com.shoptalk.catalog.Product;
import java.util.Objects;
import java.util.Optional;

/**
 * A product handed to the shop: the link the shopper buys it with, and how it reached them.
 *
 * @param product the product
 * @param link the link to buy it; empty when the shop has none
 * @param delivery how the link reached the shopper
 */
public record HandOff(Product product, Optional<String> link, Delivery delivery) {
  /** How the link reached the shopper. The skill always shows it on a card when there is one. */
  public enum Delivery {
    /** On the card only: no e-mail permission, or e-mail is off. */
    CARD,
    /** On the card and by e-mail. */
    EMAILED,
    /** On the card; the e-mail could not be sent. */
    EMAIL_FAILED,
    /** Nowhere: the shop has no link for the product. */
    NO_LINK
  }

  public HandOff {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(delivery, "delivery");
    if (link.isEmpty() != (delivery == Delivery.NO_LINK)) {
      throw new IllegalArgumentException("a link goes with a delivery, no link with NO_LINK");
    }
  }
}
