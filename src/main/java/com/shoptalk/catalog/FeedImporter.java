package com.shoptalk.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The importer of merchant product feeds in Google Merchant Center attribute names: TSV, RSS 2.0 XML with the
 * {@code g:} namespace, CSV and JSON.
 *
 * <p>It recognises the format ({@link FeedFormat}), lets that format's reader read the rows, checks them
 * ({@link RowValidator}, prices by {@link PriceParser}) and merges variants ({@link VariantMerger}) with their facts ({@link FactsReader}). Reviews come from a separate
 * reviews feed ({@link ReviewFeedReader}), matched to products by {@link ReviewMatcher}. Bad rows are
 * skipped and reported with their line and a reason; the good ones are kept.
 */
public final class FeedImporter {

  private FeedImporter() {
  }

  /**
   * Reads a feed file; the format comes from the extension, else from the content.
   *
   * @param feed   the feed file
   * @param locale the catalog's locale, whose currency all prices must have
   * @return the products and skipped rows
   * @throws FeedException when the file cannot be read at all
   */
  public static ImportReport read(Path feed, Locale locale) {
    Objects.requireNonNull(feed, "feed");
    try (InputStream in = Files.newInputStream(feed)) {
      return read(in, feed.getFileName().toString(), locale);
    } catch (IOException e) {
      throw new FeedException("cannot read feed " + feed + ": " + e, e);
    }
  }

  /**
   * Reads a feed from a stream.
   *
   * @param in       the feed content; not closed
   * @param fileName the feed's file name, for its format and messages
   * @param locale   the catalog's locale, whose currency all prices must have
   * @return the products and skipped rows
   * @throws FeedException when the feed cannot be read at all
   */
  public static ImportReport read(InputStream in, String fileName, Locale locale) {
    return read(in, fileName, null, null, locale);
  }

  /**
   * Reads a feed file and a reviews feed file (Google's product reviews XML) whose reviews it adds to the
   * products they name by sku or GTIN.
   *
   * @param feed    the feed file
   * @param reviews the reviews feed file
   * @param locale  the catalog's locale
   * @return the products with their reviews, skipped rows, and ignored values (a review is reported with its
   *         line in the reviews feed)
   * @throws FeedException when a file cannot be read at all
   */
  public static ImportReport read(Path feed, Path reviews, Locale locale) {
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(reviews, "reviews");
    try (InputStream in = Files.newInputStream(feed); InputStream reviewsIn = Files.newInputStream(reviews)) {
      return read(in, feed.getFileName().toString(), reviewsIn, reviews.getFileName().toString(), locale);
    } catch (IOException e) {
      throw new FeedException("cannot read feed " + feed + " or reviews " + reviews + ": " + e, e);
    }
  }

  /**
   * Reads a feed and, when given, a reviews feed from streams.
   *
   * @param in          the feed content; not closed
   * @param fileName    the feed's file name, for its format and messages
   * @param reviews     the reviews feed (Google's product reviews XML), or {@code null}; not closed
   * @param reviewsName the reviews feed's file name, for messages
   * @param locale      the catalog's locale, whose currency all prices must have
   * @return the products and skipped rows
   * @throws FeedException when a feed cannot be read at all
   */
  public static ImportReport read(InputStream in, String fileName, InputStream reviews, String reviewsName,
      Locale locale) {
    Objects.requireNonNull(locale, "locale");
    List<SkippedRow> skipped = new ArrayList<>();
    List<FeedRow> rows;
    try {
      byte[] content = in.readAllBytes();
      rows = FeedFormat.of(fileName, content).reader().read(content, skipped);
    } catch (IOException e) {
      throw new FeedException("cannot read feed " + fileName + ": " + e.getMessage(), e);
    }
    List<ValidRow> valid = RowValidator.validate(rows, PriceParser.currencyOf(locale), skipped);
    List<FeedWarning> warnings = new ArrayList<>();
    List<Product> products = VariantMerger.products(valid, skipped, warnings);
    warnings.sort(Comparator.comparingInt(FeedWarning::line));
    if (reviews != null) {
      List<FeedWarning> reviewWarnings = new ArrayList<>();
      try {
        List<ReviewFeedReader.FeedReview> read = ReviewFeedReader.read(reviews.readAllBytes(), reviewWarnings);
        products = ReviewMatcher.attach(products, valid, read, reviewWarnings);
      } catch (IOException e) {
        throw new FeedException("cannot read reviews " + reviewsName + ": " + e.getMessage(), e);
      }
      reviewWarnings.stream().sorted(Comparator.comparingInt(FeedWarning::line))
          .map(w -> new FeedWarning(w.line(), reviewsName + ": " + w.message())).forEach(warnings::add);
    }
    skipped.sort(Comparator.comparingInt(SkippedRow::line));
    return new ImportReport(products, skipped, warnings);
  }
}
