package com.shoptalk.product;

import com.shoptalk.catalog.Dimensions;
import com.shoptalk.catalog.Product;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The smallest, biggest, lightest or heaviest of a list, decided only where the feed lets the products be compared:
 * their measurements ({@code product_length}, {@code product_width}, {@code product_height}, {@code product_weight}),
 * else their sizes when those are measures ("5 x 7 ft") or names on one scale ("Twin", "Queen", "King"; "Small",
 * "Large"). Products without such a size are left out and named; a list of several with fewer than two sizes, or
 * sizes of different kinds (a rug's two measures against a table's three, "Queen" against "5 x 7 ft"), has no
 * smallest: nothing is guessed.
 */
public final class SizeOrder {
  /** "5 x 7 ft", "6 x 6 Fuß", "120 x 60 x 75 cm", "30 cm". */
  private static final Pattern MEASURES = Pattern.compile(
      "(\\d+(?:[.,]\\d+)?)(?:\\s*[x×]\\s*(\\d+(?:[.,]\\d+)?))?(?:\\s*[x×]\\s*(\\d+(?:[.,]\\d+)?))?\\s*"
          + "(ft|feet|foot|fuß|fuss|in|inch|inches|zoll|\"|cm|mm|m)?");
  private static final Map<String, Double> CENTIMETRES = Map.ofEntries(Map.entry("ft", 30.48),
      Map.entry("feet", 30.48), Map.entry("foot", 30.48), Map.entry("fuß", 30.48), Map.entry("fuss", 30.48),
      Map.entry("in", 2.54), Map.entry("inch", 2.54), Map.entry("inches", 2.54), Map.entry("zoll", 2.54),
      Map.entry("\"", 2.54), Map.entry("cm", 1.0), Map.entry("mm", 0.1), Map.entry("m", 100.0));
  private static final Map<String, Double> GRAMS = Map.of("g", 1.0, "kg", 1000.0, "lb", 453.59, "oz", 28.35);
  /** Named sizes, by scale: beds and bedding, and small to large. */
  private static final Map<String, List<String>> SCALES = Map.of(
      "bed", List.of("twin|single|einzelbett|einzel", "twin xl", "full|double|doppelbett", "queen|queensize",
          "king|kingsize", "california king|cal king"),
      "grade", List.of("extra small|xs|sehr klein", "small|klein", "medium|mittel|mittelgroß",
          "large|groß|gross", "extra large|xl|sehr groß"));

  private SizeOrder() {}

  /**
   * The products of a list that are the smallest, biggest, lightest or heaviest (more than one when they tie), with
   * the size that makes them so.
   *
   * @return empty when fewer than two products (or of one, none) have a size, or their sizes cannot be compared
   */
  static Optional<Extreme> extreme(List<Product> products, Superlative superlative) {
    boolean least = superlative == Superlative.SMALLEST || superlative == Superlative.LIGHTEST;
    List<Measured> measured = new ArrayList<>();
    List<Product> unknown = new ArrayList<>();
    for (Product product : products) {
      Optional<Measured> one = superlative.byWeight() ? weight(product) : size(product, least);
      if (one.isEmpty()) {
        unknown.add(product);
      } else if (!measured.isEmpty() && !measured.get(0).kind().equals(one.get().kind())) {
        return Optional.empty();
      } else {
        measured.add(one.get());
      }
    }
    if (measured.isEmpty() || measured.size() < 2 && products.size() > 1) {
      return Optional.empty();
    }
    Comparator<Measured> order = Comparator.comparingDouble(Measured::value);
    Measured best = (least ? measured.stream().min(order) : measured.stream().max(order)).orElseThrow();
    return Optional.of(new Extreme(measured.stream().filter(m -> m.value() == best.value()).map(Measured::product)
        .toList(), best.size(), unknown));
  }

  /**
   * What the list's best is: the products (in list order) and the size, either the feed's size text ({@code "5 x 7
   * ft"}) or, when the size came from the measurements, empty (say the product's dimensions or weight); and the
   * products of the list the feed gives no size (or weight) for, which were left out.
   */
  public record Extreme(List<Product> products, Optional<String> size, List<Product> unknown) {}

  /**
   * The products of a list smaller (or bigger) than {@code reference}, in list order, each with the size that makes
   * it so: compared by the reference's smallest size and the others' smallest when smaller is asked for, by the
   * biggest when bigger. Products without a size of the reference's kind are left out.
   *
   * @return empty when the feed gives {@code reference} no size to compare with
   */
  static Optional<List<Sized>> beside(List<Product> products, Product reference, boolean smaller) {
    Optional<Measured> measured = size(reference, smaller);
    if (measured.isEmpty()) {
      return Optional.empty();
    }
    Measured than = measured.get();
    List<Sized> found = new ArrayList<>();
    for (Product product : products) {
      if (!product.id().equals(reference.id())) {
        size(product, smaller).filter(m -> m.kind().equals(than.kind())
                && (smaller ? m.value() < than.value() : m.value() > than.value()))
            .ifPresent(m -> found.add(new Sized(product, m.size())));
      }
    }
    return Optional.of(found);
  }

  /** A product and its size: the feed's size text, or empty when it came from the measurements. */
  public record Sized(Product product, Optional<String> size) {}

  private record Measured(Product product, String kind, double value, Optional<String> size) {}

  private static Optional<Measured> weight(Product product) {
    return product.dimensions().weightIfKnown()
        .map(w -> new Measured(product, "weight", w.value().doubleValue() * GRAMS.get(w.unit()), Optional.empty()));
  }

  /** The product's measurements, else its smallest (or biggest) size of the one kind all its sizes are. */
  private static Optional<Measured> size(Product product, boolean least) {
    Dimensions dimensions = product.dimensions();
    List<Dimensions.Measure> lengths = new ArrayList<>();
    dimensions.lengthIfKnown().ifPresent(lengths::add);
    dimensions.widthIfKnown().ifPresent(lengths::add);
    dimensions.heightIfKnown().ifPresent(lengths::add);
    if (!lengths.isEmpty()) {
      double value = lengths.stream().mapToDouble(m -> m.value().doubleValue() * CENTIMETRES.get(m.unit()))
          .reduce(1, (a, b) -> a * b);
      return Optional.of(new Measured(product, "measures " + lengths.size(), value, Optional.empty()));
    }
    List<Measured> sizes = new ArrayList<>();
    for (String size : product.sizes()) {
      Optional<Measured> one = measures(product, size).or(() -> named(product, size));
      if (one.isEmpty() || !sizes.isEmpty() && !sizes.get(0).kind().equals(one.get().kind())) {
        return Optional.empty();
      }
      sizes.add(one.get());
    }
    Comparator<Measured> order = Comparator.comparingDouble(Measured::value);
    return least ? sizes.stream().min(order) : sizes.stream().max(order);
  }

  private static Optional<Measured> measures(Product product, String size) {
    Matcher m = MEASURES.matcher(size.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    String unit = m.group(4);
    double factor = unit == null ? 1 : CENTIMETRES.get(unit);
    double value = 1;
    int count = 0;
    for (int group = 1; group <= 3; group++) {
      if (m.group(group) != null) {
        value *= new BigDecimal(m.group(group).replace(',', '.')).doubleValue() * factor;
        count++;
      }
    }
    String kind = "measures " + count + (unit == null ? " without unit" : "");
    return Optional.of(new Measured(product, kind, value, Optional.of(size.strip())));
  }

  private static Optional<Measured> named(Product product, String size) {
    String said = size.strip().toLowerCase(Locale.ROOT);
    for (var scale : SCALES.entrySet()) {
      List<String> steps = scale.getValue();
      for (int step = 0; step < steps.size(); step++) {
        if (List.of(steps.get(step).split("\\|")).contains(said)) {
          return Optional.of(new Measured(product, scale.getKey(), step, Optional.of(size.strip())));
        }
      }
    }
    return Optional.empty();
  }
}
