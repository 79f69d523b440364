package com.shoptalk.catalog;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The command-line feed checker and catalog builder: {@code import <feed> [--reviews <reviews.xml>] --locale de-DE}
 * reads a feed (and a product reviews feed) as the skill would and prints the products read, every skipped row with
 * its line and reason, and every ignored value. With {@code --out <folder>} it builds the locale's catalog into the
 * folder ({@link PrebuiltCatalog}: what {@code sam build} packs and the functions open) and prints only the counts,
 * skipped rows and ignored values. With {@code --product-names <model.json>} it writes the products' names into
 * that interaction model's {@code PRODUCT_NAME} slot type ({@link ProductNameSlot}).
 */
public final class ImportCommand {

  private static final String USAGE =
      "usage: import <feed.tsv|.xml|.csv|.json> [--reviews <reviews.xml>] [--locale en-US|de-DE] [--out <folder>]"
          + " [--product-names <interaction model .json>]\n"
          + "       code-version --out <file>   (writes the catalog code's version, for sam build to pack)";

  private ImportCommand() {
  }

  /**
   * Runs the command and exits with 0 when the feed could be read, 1 on a usage error or an unreadable file.
   *
   * @param args {@code import <feed> --locale <tag>}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** {@code code-version --out <file>}: the version of the catalog code on the class path, into the file. */
  private static int codeVersion(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 3 || !args[1].equals("--out")) {
      err.println(USAGE);
      return 1;
    }
    try {
      out.println("catalog code " + CatalogCode.writeStamp(Path.of(args[2])) + " written into " + args[2]);
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println("cannot write the catalog code's version into " + args[2] + ": " + e.getMessage());
      return 1;
    }
  }

  /**
   * Runs the command.
   *
   * @param args the arguments
   * @param out  where the report goes
   * @param err  where errors go
   * @return the exit code
   */
  static int run(String[] args, PrintStream out, PrintStream err) {
    String feed = null;
    String reviews = null;
    String outFolder = null;
    String model = null;
    Locale locale = Locale.forLanguageTag("en-US");
    int i = 0;
    if (args.length > 0 && args[0].equals("code-version")) {
      return codeVersion(args, out, err);
    }
    if (args.length > 0 && args[0].equals("import")) {
      i = 1;
    }
    for (; i < args.length; i++) {
      if (args[i].equals("--locale") && i + 1 < args.length) {
        locale = Locale.forLanguageTag(args[++i]);
      } else if (args[i].startsWith("--locale=")) {
        locale = Locale.forLanguageTag(args[i].substring("--locale=".length()));
      } else if (args[i].equals("--reviews") && i + 1 < args.length) {
        reviews = args[++i];
      } else if (args[i].equals("--out") && i + 1 < args.length) {
        outFolder = args[++i];
      } else if (args[i].equals("--product-names") && i + 1 < args.length) {
        model = args[++i];
      } else if (feed == null && !args[i].startsWith("--")) {
        feed = args[i];
      } else {
        err.println(USAGE);
        return 1;
      }
    }
    if (feed == null || locale.getCountry().isEmpty()) {
      err.println(USAGE);
      return 1;
    }
    Path path = Path.of(feed);
    Path reviewsPath = reviews == null ? null : Path.of(reviews);
    for (Path file : reviewsPath == null ? List.of(path) : List.of(path, reviewsPath)) {
      if (!Files.isReadable(file)) {
        err.println("cannot read " + file.toAbsolutePath());
        return 1;
      }
    }
    ImportReport report;
    try {
      report = reviewsPath == null ? FeedImporter.read(path, locale) : FeedImporter.read(path, reviewsPath, locale);
    } catch (FeedException e) {
      err.println(e.getMessage());
      return 1;
    }
    out.printf("%s (%s): %d products read, %d rows skipped, %d values ignored%n", path, locale.toLanguageTag(),
        report.products().size(), report.skipped().size(), report.warnings().size());
    if (model != null && writeNames(report, locale, Path.of(model), out, err) != 0) {
      return 1;
    }
    if (outFolder != null) {
      return build(report, path, reviewsPath, locale, Path.of(outFolder), out, err);
    }
    if (model != null) {
      printLeftOut(report, out);
      return 0;
    }
    for (Product p : report.products()) {
      out.printf("  %-28s %10s %s  \"%s\"  spoken: \"%s\"%s%n", p.id(), p.effectivePrice().amount().toPlainString(),
          p.effectivePrice().currency().getCurrencyCode(), p.title(), p.spokenName(), facts(p));
    }
    for (SkippedRow row : report.skipped()) {
      out.printf("  skipped line %d: %s%n", row.line(), row.reason());
    }
    for (FeedWarning warning : report.warnings()) {
      out.printf("  line %d: %s%n", warning.line(), warning.message());
    }
    return 0;
  }

  /** Writes the products' names into an interaction model's PRODUCT_NAME slot type and says how many fit. */
  private static int writeNames(ImportReport report, Locale locale, Path model, PrintStream out, PrintStream err) {
    if (!Files.isReadable(model)) {
      err.println("cannot read " + model.toAbsolutePath());
      return 1;
    }
    try {
      ProductNameSlot.Result result = ProductNameSlot.write(model, report.products(), locale);
      out.printf("%d of %d product names written into %s (%s slot type, %d bytes)%n", result.written(),
          result.products(), model, ProductNameSlot.TYPE, result.bytes());
      if (result.written() < result.products()) {
        out.printf("  the others are left out: their names were there already, or the model would exceed %d bytes%n",
            ProductNameSlot.MAX_MODEL_BYTES);
      }
      return 0;
    } catch (IOException | IllegalArgumentException e) {
      err.println("cannot write product names into " + model + ": " + e.getMessage());
      return 1;
    }
  }

  /** Builds the catalog into a folder and prints what was left out of it. */
  private static int build(ImportReport report, Path feed, Path reviews, Locale locale, Path folder, PrintStream out,
      PrintStream err) {
    if (report.products().isEmpty()) {
      err.println(feed + " has no valid products: no catalog built");
      printLeftOut(report, out);
      return 1;
    }
    String key = PrebuiltCatalog.feedKey(feed);
    if (reviews != null) {
      key = key + "+" + PrebuiltCatalog.feedKey(reviews);
    }
    try {
      PrebuiltCatalog.Manifest manifest = PrebuiltCatalog.write(locale, report.products(), key,
          feed.getFileName().toString(), folder);
      out.printf("catalog of %d products built into %s (catalog code %s)%n", manifest.products(),
          folder.toAbsolutePath(), manifest.code());
    } catch (IllegalArgumentException e) {
      err.println("cannot build the catalog: " + e.getMessage());
      return 1;
    }
    printLeftOut(report, out);
    return 0;
  }

  private static void printLeftOut(ImportReport report, PrintStream out) {
    for (SkippedRow row : report.skipped()) {
      out.printf("  skipped line %d: %s%n", row.line(), row.reason());
    }
    for (FeedWarning warning : report.warnings()) {
      out.printf("  line %d: %s%n", warning.line(), warning.message());
    }
  }

  /** Returns what the feed says about a product beyond its name and price, for a merchant to check. */
  private static String facts(Product p) {
    StringBuilder facts = new StringBuilder();
    append(facts, "availability", p.availability().isEmpty() ? "not given" : p.availability());
    append(facts, "colors", String.join(", ", p.colors()));
    append(facts, "sizes", String.join(", ", p.sizes()));
    append(facts, "materials", String.join(", ", p.materials()));
    append(facts, "pattern", p.pattern());
    Dimensions d = p.dimensions();
    append(facts, "dimensions", d.isEmpty() ? "" : String.join(" x ", Stream.of(d.length(),
        d.width(), d.height()).filter(Objects::nonNull).map(Object::toString).toList())
        + (d.weight() == null ? "" : ", " + d.weight()));
    append(facts, "highlights", p.highlights().isEmpty() ? "" : String.valueOf(p.highlights().size()));
    append(facts, "reviews", p.reviews().isEmpty() ? "" : p.reviews().size() + String.format(Locale.ROOT,
        " (%.1f stars)", p.averageRating().orElseThrow()));
    append(facts, "details", p.details().stream().map(x -> x.attribute() + ": " + x.value())
        .collect(Collectors.joining(", ")));
    return facts.toString();
  }

  private static void append(StringBuilder facts, String name, String value) {
    if (!value.isEmpty()) {
      facts.append("  ").append(name).append(": ").append(value);
    }
  }
}
