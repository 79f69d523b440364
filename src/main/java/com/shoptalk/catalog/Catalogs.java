package com.shoptalk.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** The catalogs of all supported locales (en-US and de-DE), loaded once at start-up. */
public final class Catalogs {

  /** The supported locales; the first one serves every language without its own catalog. */
  public static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("en-US"), Locale.forLanguageTag("de-DE"));

  private final Map<String, Catalog> byLanguage;

  private Catalogs(Map<String, Catalog> byLanguage) {
    this.byLanguage = Map.copyOf(byLanguage);
  }

  /**
   * Loads and indexes the catalog of every supported locale.
   *
   * @param feedsByLanguageTag feed paths by language tag, e.g. {@code "en-US" -> "/data/feed.tsv"}; a locale
   *                           without one gets the shipped demo feed {@code catalog/demo-<tag>.tsv}
   * @return the catalogs
   * @throws IllegalStateException when a feed cannot be read; the message names the file
   */
  public static Catalogs load(Map<String, String> feedsByLanguageTag) {
    Map<String, Catalog> catalogs = new LinkedHashMap<>();
    products(feedsByLanguageTag).forEach((locale, products) -> catalogs.put(locale.getLanguage(), Catalog.of(locale, products)));
    return new Catalogs(catalogs);
  }

  /**
   * Reads the products of every supported locale's feed as {@link #load} does, without indexing
   * them: for looking products up by id where nothing is searched (the counting shop links).
   *
   * @param feedsByLanguageTag as for {@link #load}
   * @return the products by locale, in feed order
   * @throws IllegalStateException when a feed cannot be read; the message names the file
   */
  public static Map<Locale, List<Product>> products(Map<String, String> feedsByLanguageTag) {
    Objects.requireNonNull(feedsByLanguageTag, "feedsByLanguageTag");
    Map<Locale, List<Product>> products = new LinkedHashMap<>();
    for (Locale locale : LOCALES) {
      String feed = feedsByLanguageTag.get(locale.toLanguageTag());
      ImportReport report = feed == null || feed.isBlank() ? demoFeed(locale) : feed(Path.of(feed), locale);
      products.put(locale, report.products());
    }
    return products;
  }

  /**
   * Wraps already built catalogs, e.g. for tests.
   *
   * @param catalogs one catalog for each supported locale
   * @return the catalogs
   */
  public static Catalogs of(List<Catalog> catalogs) {
    Map<String, Catalog> map = new LinkedHashMap<>();
    catalogs.forEach(c -> map.put(c.locale().getLanguage(), c));
    for (Locale locale : LOCALES) {
      if (!map.containsKey(locale.getLanguage())) {
        throw new IllegalArgumentException("no catalog for " + locale.toLanguageTag());
      }
    }
    return new Catalogs(map);
  }

  /**
   * Returns the catalog for a shopper's locale: the German one for German, the en-US one for anything else.
   *
   * @param locale the shopper's locale
   * @return the catalog
   */
  public Catalog forLocale(Locale locale) {
    Catalog catalog = locale == null ? null : byLanguage.get(locale.getLanguage());
    return catalog != null ? catalog : byLanguage.get(LOCALES.get(0).getLanguage());
  }

  private static ImportReport feed(Path path, Locale locale) {
    try {
      ImportReport report = FeedImporter.read(path, locale);
      if (report.products().isEmpty()) {
        throw new IllegalStateException("product feed " + path + " for " + locale.toLanguageTag()
            + " has no valid products (" + report.skipped().size() + " rows skipped)");
      }
      return report;
    } catch (FeedException e) {
      throw new IllegalStateException("cannot load product feed " + path + " for " + locale.toLanguageTag()
          + ": " + e.getMessage(), e);
    }
  }

  private static ImportReport demoFeed(Locale locale) {
    String resource = "catalog/demo-" + locale.toLanguageTag() + ".tsv";
    try (InputStream in = Catalogs.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing demo feed on the classpath: " + resource);
      }
      return FeedImporter.read(in, resource, locale);
    } catch (IOException | FeedException e) {
      throw new IllegalStateException("cannot load demo feed " + resource + ": " + e.getMessage(), e);
    }
  }
}
