package com.shoptalk.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogs of all supported locales (en-US and de-DE).
 *
 * <p>In Lambda they are built ahead ({@link #open}: {@code sam build} builds them into the package); the local run
 * builds them into its data folder when a feed changed ({@link #prepare}); tests and tools may index feeds in memory
 * ({@link #load}). A catalog built ahead is checked when this is created and opened when a shopper first needs it.
 */
public final class Catalogs {

  /** The supported locales; the first one serves every language without its own catalog. */
  public static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("en-US"), Locale.forLanguageTag("de-DE"));

  private static final Logger LOG = LoggerFactory.getLogger(Catalogs.class);
  /** One build of a folder at a time in this process (tests share a folder of demo catalogs). */
  private static final Map<Path, Object> BUILDING = new ConcurrentHashMap<>();

  private final Map<String, Supplier<Catalog>> byLanguage;

  private Catalogs(Map<String, Supplier<Catalog>> byLanguage) {
    this.byLanguage = Map.copyOf(byLanguage);
  }

  /**
   * The catalogs built ahead into a folder ({@code <folder>/en-US}, {@code <folder>/de-DE}): checked now, each opened
   * (memory-mapped) when it is first asked for. Never reads a feed.
   *
   * @param folder the folder of the locales' folders, e.g. {@code /var/task/prebuilt-catalog}
   * @return the catalogs
   * @throws IllegalStateException when a locale's catalog is missing or was built by other catalog code; the message
   *                               says how to build it
   */
  public static Catalogs open(Path folder) {
    Map<String, Supplier<Catalog>> catalogs = new LinkedHashMap<>();
    for (Locale locale : LOCALES) {
      Path own = folder.resolve(locale.toLanguageTag());
      PrebuiltCatalog.check(own, locale);
      catalogs.put(locale.getLanguage(), once(() -> PrebuiltCatalog.open(own, locale)));
    }
    return new Catalogs(catalogs);
  }

  /**
   * The catalogs of the feeds, built into a folder unless it holds them already: a locale's catalog is built again
   * only when its feed's content or the catalog code changed. What the local run does at start.
   *
   * @param feedsByLanguageTag feed paths by language tag, e.g. {@code "en-US" -> "/data/feed.tsv"}; a locale without
   *                           one gets the shipped demo feed {@code catalog/demo-<tag>.tsv}
   * @param folder             the folder of the locales' folders, e.g. {@code .shoptalk/catalog}
   * @return the catalogs
   * @throws IllegalStateException when a feed cannot be read or has no valid product; the message names the file
   */
  public static Catalogs prepare(Map<String, String> feedsByLanguageTag, Path folder) {
    Objects.requireNonNull(feedsByLanguageTag, "feedsByLanguageTag");
    Map<String, Supplier<Catalog>> catalogs = new LinkedHashMap<>();
    for (Locale locale : LOCALES) {
      Path own = folder.toAbsolutePath().normalize().resolve(locale.toLanguageTag());
      Feed feed = Feed.of(feedsByLanguageTag.get(locale.toLanguageTag()), locale);
      synchronized (BUILDING.computeIfAbsent(own, f -> new Object())) {
        var manifest = PrebuiltCatalog.manifest(own);
        if (manifest.isEmpty() || !manifest.get().current(feed.key())) {
          LOG.info("building the {} catalog from {} into {} ({})", locale.toLanguageTag(), feed.name(), own,
              manifest.isEmpty() ? "first start" : "its feed or the catalog code changed");
          PrebuiltCatalog.write(locale, feed.read().products(), feed.key(), feed.name(), own);
        }
      }
      catalogs.put(locale.getLanguage(), once(() -> PrebuiltCatalog.open(own, locale)));
    }
    return new Catalogs(catalogs);
  }

  /**
   * Reads the feeds and indexes them in memory, now: for tests and tools, never at a function's start-up.
   *
   * @param feedsByLanguageTag feed paths by language tag; a locale without one gets the shipped demo feed
   * @return the catalogs
   * @throws IllegalStateException when a feed cannot be read; the message names the file
   */
  public static Catalogs load(Map<String, String> feedsByLanguageTag) {
    Objects.requireNonNull(feedsByLanguageTag, "feedsByLanguageTag");
    Map<String, Supplier<Catalog>> catalogs = new LinkedHashMap<>();
    for (Locale locale : LOCALES) {
      Catalog catalog = Catalog.of(locale,
          Feed.of(feedsByLanguageTag.get(locale.toLanguageTag()), locale).read().products());
      catalogs.put(locale.getLanguage(), () -> catalog);
    }
    return new Catalogs(catalogs);
  }

  /**
   * Wraps already built catalogs, e.g. for tests.
   *
   * @param catalogs one catalog for each supported locale
   * @return the catalogs
   */
  public static Catalogs of(List<Catalog> catalogs) {
    Map<String, Supplier<Catalog>> map = new LinkedHashMap<>();
    catalogs.forEach(c -> map.put(c.locale().getLanguage(), () -> c));
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
    Supplier<Catalog> catalog = locale == null ? null : byLanguage.get(locale.getLanguage());
    return (catalog != null ? catalog : byLanguage.get(LOCALES.get(0).getLanguage())).get();
  }

  /** A value made on first use, once. */
  private static <T> Supplier<T> once(Supplier<T> make) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T made = value;
        if (made == null) {
          synchronized (this) {
            made = value;
            if (made == null) {
              made = make.get();
              value = made;
            }
          }
        }
        return made;
      }
    };
  }

  /**
   * A locale's feed: a merchant's file, or the shipped demo feed.
   *
   * @param path   the merchant's file, or {@code null} for the demo feed
   * @param locale the locale
   */
  private record Feed(Path path, Locale locale) {

    static Feed of(String path, Locale locale) {
      return new Feed(path == null || path.isBlank() ? null : Path.of(path), locale);
    }

    String name() {
      return path == null ? demoResource() : path.toString();
    }

    String key() {
      if (path != null) {
        try {
          return PrebuiltCatalog.feedKey(path);
        } catch (UncheckedIOException e) {
          throw new IllegalStateException("cannot load product feed " + path + " for " + locale.toLanguageTag()
              + ": " + e.getCause().getMessage(), e);
        }
      }
      try (InputStream in = demo()) {
        return PrebuiltCatalog.feedKey(in);
      } catch (IOException e) {
        throw new IllegalStateException("cannot read demo feed " + demoResource() + ": " + e.getMessage(), e);
      }
    }

    ImportReport read() {
      if (path == null) {
        try (InputStream in = demo()) {
          return FeedImporter.read(in, demoResource(), locale);
        } catch (IOException | FeedException e) {
          throw new IllegalStateException("cannot load demo feed " + demoResource() + ": " + e.getMessage(), e);
        }
      }
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

    private String demoResource() {
      return "catalog/demo-" + locale.toLanguageTag() + ".tsv";
    }

    private InputStream demo() {
      InputStream in = Catalogs.class.getClassLoader().getResourceAsStream(demoResource());
      if (in == null) {
        throw new IllegalStateException("missing demo feed on the classpath: " + demoResource());
      }
      return in;
    }
  }
}
