package com.shoptalk.buying;

import com.shoptalk.catalog.Product;
import com.shoptalk.insights.LinkSource;
import com.shoptalk.insights.ShopLinks;
import com.shoptalk.insights.UtmLink;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * "Buy it" links that the merchant's report counts: {@code <public base URL>/go/<code>}, which redirects to the
 * product's shop page with the UTM parameters of source "buy". A product whose feed link is no shop page gets none,
 * exactly as the redirect would refuse it.
 */
public final class CountedBuyLinks implements BuyLinks {
  private final Supplier<ShopLinks> shopLinks;

  /** @param shopLinks the counting links, asked for on the first hand-over */
  public CountedBuyLinks(Supplier<ShopLinks> shopLinks) {
    this.shopLinks = Objects.requireNonNull(shopLinks, "shopLinks");
  }

  @Override
  public Optional<String> linkTo(Product product, Locale locale) {
    return UtmLink.of(product.link(), LinkSource.BUY).map(direct -> {
      try {
        return shopLinks.get().forProduct(product.id(), LinkSource.BUY, locale.toLanguageTag());
      } catch (IllegalArgumentException uncountable) {
        // An id too long for a link code: the shopper still gets the shop page, uncounted.
        return direct;
      }
    });
  }
}
