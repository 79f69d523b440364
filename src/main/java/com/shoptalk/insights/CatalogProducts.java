package com.shoptalk.insights;

import com.shoptalk.catalog.Catalogs;
import com.shoptalk.catalog.Product;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** The catalog products counting links may lead to, by locale and id. */
public final class CatalogProducts implements ProductDirectory {
  private final BiFunction<String, String, Optional<Product>> lookup;

  private CatalogProducts(BiFunction<String, String, Optional<Product>> lookup) {
    this.lookup = lookup;
  }

  /** The products of catalogs loaded already (the skill's). */
  public static CatalogProducts of(Catalogs catalogs) {
    return new CatalogProducts((locale, id) -> {
      var catalog = catalogs.forLocale(Locale.forLanguageTag(locale));
      // Only the catalog of the link's own locale: the default catalog must not answer for another.
      return catalog.locale().toLanguageTag().equals(locale) ? catalog.byId(id) : Optional.empty();
    });
  }

  /**
   * The products of the feeds, read on the first lookup but never indexed for search: what a
   * process that only follows links (the web function) needs, at a fraction of the cost.
   *
   * @param feedsByLanguageTag the merchant's feeds, as for {@link Catalogs#load}
   */
  public static CatalogProducts fromFeeds(Map<String, String> feedsByLanguageTag) {
    var feeds = new FeedProducts(feedsByLanguageTag);
    return new CatalogProducts(feeds::find);
  }

  @Override
  public Optional<ShopProduct> find(String locale, String productId) {
    return lookup.apply(locale, productId).map(p -> new ShopProduct(p.id(), p.title(), p.link()));
  }

  /** The feeds' products by locale tag and id, read once, on first use. */
  private static final class FeedProducts {
    private final Map<String, String> feeds;
    private volatile Map<String, Map<String, Product>> byLocale;

    FeedProducts(Map<String, String> feeds) {
      this.feeds = Map.copyOf(feeds);
    }

    Optional<Product> find(String locale, String id) {
      Map<String, Map<String, Product>> products = byLocale;
      if (products == null) {
        synchronized (this) {
          products = byLocale;
          if (products == null) {
            products = read();
            byLocale = products;
          }
        }
      }
      return Optional.ofNullable(products.getOrDefault(locale, Map.of()).get(id));
    }

    private Map<String, Map<String, Product>> read() {
      var read = new HashMap<String, Map<String, Product>>();
      for (Map.Entry<Locale, List<Product>> feed : Catalogs.products(feeds).entrySet()) {
        var byId = new HashMap<String, Product>();
        feed.getValue().forEach(p -> byId.putIfAbsent(p.id(), p));
        read.put(feed.getKey().toLanguageTag(), Map.copyOf(byId));
      }
      return Map.copyOf(read);
    }
  }
}
