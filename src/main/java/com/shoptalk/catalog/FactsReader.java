package com.shoptalk.catalog;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader of a product's facts from its variants' rows: {@code material}, {@code pattern},
 * {@code product_highlight}, {@code product_detail} and the {@code product_length}, {@code product_width},
 * {@code product_height} and {@code product_weight} measurements.
 *
 * <p>Lists are merged over the variants without repeats. A measurement is kept when the variants that give it
 * agree; variants of different sizes keep theirs in {@code size} instead. A value that cannot be read is
 * ignored with a warning; the row is still imported.
 */
final class FactsReader {

  private static final Pattern MEASURE = Pattern.compile("^(\\d+(?:[.,]\\d+)?)\\s*([\\p{L}\"'′″.]+)$");
  private static final Map<String, String> UNITS = Map.ofEntries(
      Map.entry("cm", "cm"), Map.entry("mm", "mm"), Map.entry("m", "m"),
      Map.entry("in", "in"), Map.entry("inch", "in"), Map.entry("inches", "in"), Map.entry("\"", "in"),
      Map.entry("″", "in"), Map.entry("ft", "ft"), Map.entry("foot", "ft"), Map.entry("feet", "ft"),
      Map.entry("'", "ft"), Map.entry("′", "ft"),
      Map.entry("g", "g"), Map.entry("grams", "g"), Map.entry("kg", "kg"), Map.entry("lb", "lb"),
      Map.entry("lbs", "lb"), Map.entry("pounds", "lb"), Map.entry("oz", "oz"), Map.entry("ounces", "oz"));

  private FactsReader() {
  }

  /**
   * Returns the facts of one product.
   *
   * @param variants its rows, at least one
   * @param warnings where ignored values go
   * @return the facts
   */
  static ProductFacts facts(List<ValidRow> variants, List<FeedWarning> warnings) {
    Set<String> materials = new LinkedHashSet<>();
    Set<String> highlights = new LinkedHashSet<>();
    Set<ProductFacts.Detail> details = new LinkedHashSet<>();
    String pattern = "";
    for (ValidRow variant : variants) {
      FeedRow row = variant.row();
      row.all("material").forEach(m -> Arrays.stream(m.split("[/,]")).map(String::strip)
          .filter(s -> !s.isEmpty()).forEach(materials::add));
      highlights.addAll(row.all("product_highlight"));
      for (String item : row.all("product_detail")) {
        ProductFacts.Detail detail = detail(item);
        if (detail == null) {
          warnings.add(new FeedWarning(row.line(), "product_detail '" + item
              + "' ignored: it needs section:attribute:value"));
        } else {
          details.add(detail);
        }
      }
      pattern = pattern.isEmpty() ? row.get("pattern") : pattern;
    }
    Dimensions dimensions = new Dimensions(
        measure(variants, "product_length", true, warnings),
        measure(variants, "product_width", true, warnings),
        measure(variants, "product_height", true, warnings),
        measure(variants, "product_weight", false, warnings));
    return new ProductFacts(List.copyOf(materials), pattern, List.copyOf(highlights), List.copyOf(details),
        dimensions);
  }

  private static ProductFacts.Detail detail(String item) {
    List<String> parts = AttributeList.parts(item);
    if (parts.size() < 2 || parts.size() > 3 || parts.get(parts.size() - 1).isBlank()
        || parts.get(parts.size() - 2).isBlank()) {
      return null;
    }
    return parts.size() == 3 ? new ProductFacts.Detail(parts.get(0), parts.get(1), parts.get(2))
        : new ProductFacts.Detail("", parts.get(0), parts.get(1));
  }

  /** Returns the measurement all variants that give it agree on, else {@code null}. */
  private static Dimensions.Measure measure(List<ValidRow> variants, String attribute, boolean length,
      List<FeedWarning> warnings) {
    Set<Dimensions.Measure> found = new LinkedHashSet<>();
    for (ValidRow variant : variants) {
      String text = variant.row().get(attribute);
      if (text.isEmpty()) {
        continue;
      }
      Dimensions.Measure measure = parse(text, length);
      if (measure == null) {
        warnings.add(new FeedWarning(variant.row().line(), attribute + " '" + text + "' ignored: "
            + (length ? "expected a length such as '120 cm' or '20 in'" : "expected a weight such as '2.5 kg'")));
      } else {
        found.add(measure);
      }
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  /** Parses {@code 120 cm}, {@code 20in}, {@code 2,5 kg}; returns {@code null} when it is no such measure. */
  static Dimensions.Measure parse(String text, boolean length) {
    Matcher m = MEASURE.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    String unit = UNITS.get(m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\.$", ""));
    if (unit == null) {
      return null;
    }
    BigDecimal value = new BigDecimal(m.group(1).replace(',', '.'));
    if (value.signum() <= 0) {
      return null;
    }
    Dimensions.Measure measure = new Dimensions.Measure(value, unit);
    return measure.isLength() == length ? measure : null;
  }

  /**
   * Returns the availability of a product from its variants': in stock when one is.
   *
   * @param variants the product's rows
   * @param warnings where an unknown value goes
   * @return the Merchant Center value, empty when no variant says
   */
  static String availability(List<ValidRow> variants, List<FeedWarning> warnings) {
    Availability best = Availability.UNKNOWN;
    for (ValidRow variant : variants) {
      String text = variant.row().get("availability");
      Availability a = Availability.of(text);
      if (a == Availability.UNKNOWN && !text.isEmpty()) {
        warnings.add(new FeedWarning(variant.row().line(), "availability '" + text
            + "' ignored: expected in_stock, out_of_stock, preorder or backorder"));
      }
      if (a == Availability.IN_STOCK || best == Availability.UNKNOWN) {
        best = best == Availability.IN_STOCK ? best : a;
      }
    }
    return best.value();
  }
}
