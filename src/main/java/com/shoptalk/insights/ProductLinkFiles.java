package com.shoptalk.insights;

import com.shoptalk.productlinks.ProductLinkFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The catalog products counting links may lead to, from the link files of the catalogs built ahead
 * ({@code <catalog folder>/<locale>/links.tsv}, {@link ProductLinkFile}): no search index, no catalog. A locale's
 * file is opened on the first link followed into it.
 */
public final class ProductLinkFiles implements ProductDirectory {
  private static final Pattern LOCALE = Pattern.compile("[a-z]{2}-[A-Z]{2}");

  private final Path catalogDir;
  private final Map<String, Optional<ProductLinkFile>> files = new ConcurrentHashMap<>();

  /** @param catalogDir the folder of the catalogs built ahead, one folder per locale */
  public ProductLinkFiles(Path catalogDir) {
    this.catalogDir = Objects.requireNonNull(catalogDir, "catalogDir");
  }

  @Override
  public Optional<ShopProduct> find(String locale, String productId) {
    if (locale == null || !LOCALE.matcher(locale).matches()) {
      return Optional.empty();
    }
    return files.computeIfAbsent(locale, this::open)
        .flatMap(file -> file.find(productId))
        .map(entry -> new ShopProduct(entry.id(), entry.title(), entry.link()));
  }

  /** The locale's file; none when the shop has no catalog of that locale. */
  private Optional<ProductLinkFile> open(String locale) {
    Path file = catalogDir.resolve(locale).resolve(ProductLinkFile.NAME);
    return Files.isRegularFile(file) ? Optional.of(ProductLinkFile.open(file)) : Optional.empty();
  }
}
