package com.shoptalk.catalog.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo data's {@code productspec} bullet lists and en-GB variant sizes, turned into feed attributes with the
 * reviewed tables {@code productspec.tsv} and {@code sizes.tsv}: highlights, sizes and measurements per locale.
 * A bullet or size missing from the tables stops the build, so nothing reaches the feeds unreviewed.
 */
final class DemoSpecs {

  /**
   * One product's bullets sorted by what they say.
   *
   * @param highlights the {@code product_highlight} values
   * @param sizes      sizes such as {@code 5 x 7 ft}
   * @param measures   {@code product_length} and the like by attribute name, e.g. {@code 5 ft}
   */
  record Spec(List<String> highlights, List<String> sizes, Map<String, String> measures) {
  }

  private record Bullet(String kind, String english, String german) {

    String text(String tag) {
      return tag.equals("de-DE") ? german : english;
    }
  }

  private final Map<String, Bullet> bullets;
  private final Map<String, Map<String, String>> sizes;

  private DemoSpecs(Map<String, Bullet> bullets, Map<String, Map<String, String>> sizes) {
    this.bullets = bullets;
    this.sizes = sizes;
  }

  /**
   * Reads the tables.
   *
   * @param productspec {@code productspec.tsv}: bullet, kind, en-US, de-DE
   * @param sizeTable   {@code sizes.tsv}: en-GB, en-US, de-DE
   * @return the tables
   * @throws IOException when one cannot be read
   */
  static DemoSpecs load(Path productspec, Path sizeTable) throws IOException {
    Map<String, Bullet> bullets = new HashMap<>();
    for (Map<String, String> row : ReviewedTable.read(productspec)) {
      bullets.put(key(row.get("bullet")), new Bullet(row.get("kind"), row.get("en-US"), row.get("de-DE")));
    }
    Map<String, Map<String, String>> sizes = new HashMap<>();
    for (Map<String, String> row : ReviewedTable.read(sizeTable)) {
      sizes.put(row.get("en-GB"), row);
    }
    return new DemoSpecs(bullets, sizes);
  }

  /**
   * Sorts a productspec's bullets.
   *
   * @param productspec the data's en-US bullet list, {@code "- Velvet upholstery\n- Pre-assembled"}
   * @param tag         the locale to write
   * @return the highlights, sizes and measurements
   */
  Spec of(String productspec, String tag) {
    List<String> highlights = new ArrayList<>();
    List<String> specSizes = new ArrayList<>();
    Map<String, String> measures = new LinkedHashMap<>();
    for (String line : productspec.split("\\R")) {
      String text = line.replaceFirst("^\\s*-\\s*", "").strip();
      if (text.isEmpty()) {
        continue;
      }
      Bullet bullet = bullets.get(key(text));
      if (bullet == null) {
        throw new IllegalStateException("productspec.tsv has no row for the bullet '" + text + "'");
      }
      switch (bullet.kind()) {
        case "highlight" -> highlights.add(bullet.text(tag));
        case "size" -> specSizes.add(bullet.text(tag));
        case "length", "width", "height", "weight" -> measures.put("product_" + bullet.kind(), bullet.text(tag));
        default -> throw new IllegalStateException("unknown kind '" + bullet.kind() + "' of '" + text + "'");
      }
    }
    return new Spec(List.copyOf(highlights), List.copyOf(specSizes), Map.copyOf(measures));
  }

  /**
   * Returns a variant's size in a locale.
   *
   * @param enGb the data's en-GB size, {@code "Queen"}
   * @param tag  the locale
   * @return the size
   */
  String variantSize(String enGb, String tag) {
    Map<String, String> row = sizes.get(enGb);
    if (row == null) {
      throw new IllegalStateException("sizes.tsv has no row for the size '" + enGb + "'");
    }
    return row.get(tag);
  }

  private static String key(String bullet) {
    return bullet.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
