package com.shoptalk.buying;

import com.shoptalk.catalog.Product;
import java.util.Locale;
import java.util.Optional;

/** Where a shopper buys a product: the link the skill hands over for "buy it". */
public interface BuyLinks {

  /**
   * The link to buy a product at the shop.
   *
   * @param locale the catalog's locale
   * @return empty when the shop has no usable link for it
   */
  Optional<String> linkTo(Product product, Locale locale);

  /** The product's own shop page from the feed, when it is an http(s) URL. */
  static BuyLinks productPages() {
    return (product, locale) -> Optional.of(product.link().strip())
        .filter(link -> link.startsWith("https://") || link.startsWith("http://"));
  }
}
