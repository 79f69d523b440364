package com.shoptalk.insights;

import com.shoptalk.catalog.Catalogs;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The products of the loaded catalogs, for the counting links. The catalogs are asked for on the
 * first lookup, so a process that never follows a link never loads them for it.
 */
public final class CatalogProducts implements ProductDirectory {
  private final Supplier<Catalogs> catalogs;

  public CatalogProducts(Supplier<Catalogs> catalogs) {
    this.catalogs = catalogs;
  }

  @Override
  public Optional<ShopProduct> find(String locale, String productId) {
    var catalog = catalogs.get().forLocale(Locale.forLanguageTag(locale));
    if (!catalog.locale().toLanguageTag().equals(locale)) {
      return Optional.empty(); // no catalog of that locale: the default one must not answer for it
    }
    return catalog.byId(productId).map(p -> new ShopProduct(p.id(), p.title(), p.link()));
  }
}
