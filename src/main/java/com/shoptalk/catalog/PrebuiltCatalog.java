package com.shoptalk.catalog;

import com.shoptalk.productlinks.ProductLinkFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.MMapDirectory;

/**
 * A catalog built ahead into a folder of its own, one per locale, opened read-only at start-up without reading the
 * feed: the Lucene index with each product's data ({@code index/}), what is known of all products
 * ({@code summary.json}), the products' shop links for the web function ({@code links.tsv}, read without Lucene by
 * {@link ProductLinkFile}) and a manifest ({@code manifest.properties}).
 *
 * <p>The manifest names what the folder was built from: the feed's content (a SHA-256 of its bytes) and the catalog
 * code that read and analysed it ({@link CatalogCode}). A folder built from another feed is rebuilt by the local run;
 * one built by other catalog code is rebuilt locally and refused in Lambda, because the words a search looks up must
 * be analysed as the index's were.
 */
public final class PrebuiltCatalog {

  /** The layout of the folder; a folder of another layout is rebuilt or refused. */
  static final int FORMAT = 2;
  private static final String MANIFEST = "manifest.properties";
  private static final String INDEX = "index";
  private static final String SUMMARY = "summary.json";

  private PrebuiltCatalog() {
  }

  /**
   * What a folder was built from, as its manifest says.
   *
   * @param format   the folder's layout ({@link #FORMAT} for this code)
   * @param locale   the catalog's locale
   * @param feed     the feed's content key ({@link #feedKey})
   * @param feedName the feed's file name, for people
   * @param code     the catalog code's version it was built with ({@link CatalogCode#version()})
   * @param products how many products it holds
   */
  public record Manifest(int format, Locale locale, String feed, String feedName, String code, int products) {

    /** Tells whether the folder can be opened by this code as the catalog of this feed. */
    public boolean current(String feedKey) {
      return format == FORMAT && feed.equals(feedKey) && code.equals(CatalogCode.version());
    }
  }

  /**
   * Builds the catalog of products into a folder, replacing what the folder held. It is written beside the folder
   * first and moved into place when complete, so a build that fails half way leaves no folder that looks finished.
   *
   * @param locale   the catalog's locale
   * @param products the products, with distinct ids, all in one currency
   * @param feedKey  the feed's content key ({@link #feedKey})
   * @param feedName the feed's file name, for people reading the manifest
   * @param folder   the locale's folder, e.g. {@code prebuilt-catalog/de-DE}
   * @return the manifest written
   * @throws IllegalArgumentException when ids repeat or currencies differ
   */
  public static Manifest write(Locale locale, List<Product> products, String feedKey, String feedName, Path folder) {
    Catalog.requireDistinctIds(products);
    CatalogSummary summary = CatalogSummary.of(locale, products);
    Path target = folder.toAbsolutePath();
    Path building = target.resolveSibling(target.getFileName() + ".building-" + UUID.randomUUID());
    try {
      Files.createDirectories(building);
      try (Directory directory = FSDirectory.open(building.resolve(INDEX))) {
        CatalogIndex.write(locale, products, summary, directory);
      }
      ProductCodec.writeSummary(summary, building.resolve(SUMMARY));
      ProductLinkFile.write(building.resolve(ProductLinkFile.NAME),
          products.stream().map(p -> new ProductLinkFile.Entry(p.id(), p.title(), p.link())).toList());
      Manifest manifest = new Manifest(FORMAT, locale, feedKey, feedName, CatalogCode.version(), products.size());
      writeManifest(manifest, building.resolve(MANIFEST));
      replace(target, building);
      return manifest;
    } catch (IOException e) {
      deleteQuietly(building);
      throw new UncheckedIOException("cannot write the catalog into " + target + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      deleteQuietly(building);
      throw e;
    }
  }

  /**
   * Reads a folder's manifest.
   *
   * @param folder the locale's folder
   * @return the manifest, or empty when the folder holds no complete catalog
   */
  public static Optional<Manifest> manifest(Path folder) {
    Path file = folder.resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
      return Optional.of(new Manifest(Integer.parseInt(properties.getProperty("format", "0")),
          Locale.forLanguageTag(properties.getProperty("locale", "")), properties.getProperty("feed", ""),
          properties.getProperty("feedName", ""), properties.getProperty("code", ""),
          Integer.parseInt(properties.getProperty("products", "0"))));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Checks that a folder holds a catalog of the locale this code can open: built in this layout, by this catalog
   * code. Cheap: it reads the manifest only.
   *
   * @param folder the locale's folder
   * @param locale the locale it must be of
   * @return the manifest
   * @throws IllegalStateException when the folder holds no catalog, one of another locale, or one built by other
   *                               catalog code; the message says what to do
   */
  public static Manifest check(Path folder, Locale locale) {
    Manifest manifest = manifest(folder).orElseThrow(() -> new IllegalStateException("no catalog of "
        + locale.toLanguageTag() + " in " + folder.toAbsolutePath() + ": sam build makes it (the Makefile), or "
        + "ImportCommand with --out " + folder));
    if (!manifest.locale().equals(locale)) {
      throw new IllegalStateException("the catalog in " + folder.toAbsolutePath() + " is of "
          + manifest.locale().toLanguageTag() + ", not " + locale.toLanguageTag());
    }
    if (manifest.format() != FORMAT || !manifest.code().equals(CatalogCode.version())) {
      throw new IllegalStateException("the catalog in " + folder.toAbsolutePath() + " was built by other catalog "
          + "code (" + manifest.code() + ", this is " + CatalogCode.version() + "): its words would not be read as "
          + "its index was written. Build it again with this code: sam build (the Makefile), or ImportCommand with "
          + "--out " + folder);
    }
    return manifest;
  }

  /**
   * Opens the catalog in a folder read-only, memory-mapped; products are read when first needed.
   *
   * @param folder the locale's folder
   * @param locale the locale it must be of
   * @return the catalog
   * @throws IllegalStateException as {@link #check} does
   */
  public static Catalog open(Path folder, Locale locale) {
    check(folder, locale);
    try {
      CatalogSummary summary = ProductCodec.readSummary(folder.resolve(SUMMARY));
      return Catalog.open(locale, summary, new MMapDirectory(folder.resolve(INDEX)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the catalog in " + folder.toAbsolutePath() + ": " + e, e);
    }
  }

  /** Returns the content key of a feed file: the SHA-256 of its bytes. */
  public static String feedKey(Path feed) {
    try (InputStream in = Files.newInputStream(feed)) {
      return feedKey(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read feed " + feed + ": " + e.getMessage(), e);
    }
  }

  /** Returns the content key of a feed: the SHA-256 of its bytes. */
  public static String feedKey(InputStream feed) throws IOException {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[1 << 16];
    for (int read = feed.read(buffer); read >= 0; read = feed.read(buffer)) {
      digest.update(buffer, 0, read);
    }
    return "sha256:" + HexFormat.of().formatHex(digest.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static void writeManifest(Manifest manifest, Path file) throws IOException {
    Properties properties = new Properties();
    properties.setProperty("format", Integer.toString(manifest.format()));
    properties.setProperty("locale", manifest.locale().toLanguageTag());
    properties.setProperty("feed", manifest.feed());
    properties.setProperty("feedName", manifest.feedName());
    properties.setProperty("code", manifest.code());
    properties.setProperty("products", Integer.toString(manifest.products()));
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      properties.store(out, "ShopTalk catalog built " + Instant.now());
    }
  }

  /** Moves a finished folder into the place of another (or into its empty place). */
  private static void replace(Path target, Path building) throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = target.resolveSibling(target.getFileName() + ".old-" + UUID.randomUUID());
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
    if (old != null) {
      deleteQuietly(old);
    }
  }

  private static void deleteQuietly(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // a leftover in a build folder does no harm
    }
  }
}
