package com.shoptalk.product;

import static com.shoptalk.product.TestProducts.EN;
import static com.shoptalk.product.TestProducts.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.catalog.Dimensions;
import com.shoptalk.catalog.Dimensions.Measure;
import com.shoptalk.catalog.Product;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The smallest, biggest, lightest and heaviest of a list, only from sizes the feed gives and that compare. */
class SizeOrderTest {
  private static final Product SMALL_RUG = product("small-rug", "99").sizes("5 x 3 ft").build();
  private static final Product TURNED_RUG = product("turned-rug", "129").sizes("3 x 5 ft").build();
  private static final Product BIG_RUG = product("big-rug", "399").sizes("10 x 12 ft").build();
  private static final Product METRIC_RUG = product("metric-rug", "199").sizes("200 x 300 cm").build();
  private static final Product PLAIN_RUG = product("plain-rug", "59").build();
  private static final Product SHEETS = product("sheets", "30").sizes("Twin", "Queen", "King").build();
  private static final Product QUEEN_BED = product("queen-bed", "900").sizes("Queen").build();
  private static final Product TABLE = product("table", "250").dimensions(new Dimensions(
      cm("120"), cm("60"), cm("75"), null)).build();
  private static final Product BOX = product("box", "20").sizes("1 x 1 x 1 ft").build();
  private static final Product LIGHT_CANDLE = product("light-candle", "7").dimensions(weight("180", "g")).build();
  private static final Product HEAVY_CANDLE = product("heavy-candle", "10").dimensions(weight("1", "lb")).build();

  private static Measure cm(String value) {
    return new Measure(new BigDecimal(value), "cm");
  }

  private static Dimensions weight(String value, String unit) {
    return new Dimensions(null, null, null, new Measure(new BigDecimal(value), unit));
  }

  private static Optional<SizeOrder.Extreme> extreme(Superlative superlative, Product... products) {
    return new Comparisons(TestProducts.searches(products))
        .bySize(EN, List.of(products).stream().map(Product::id).toList(), superlative);
  }

  @Test
  void the_biggest_rug_is_the_one_with_the_largest_area_in_any_unit() {
    SizeOrder.Extreme biggest = extreme(Superlative.LARGEST, SMALL_RUG, BIG_RUG, METRIC_RUG).orElseThrow();

    assertEquals(List.of(BIG_RUG), biggest.products());
    assertEquals(Optional.of("10 x 12 ft"), biggest.size());
    assertEquals(List.of(METRIC_RUG), extreme(Superlative.LARGEST, SMALL_RUG, METRIC_RUG).orElseThrow().products());
  }

  @Test
  void rugs_of_one_area_tie_for_the_smallest() {
    SizeOrder.Extreme smallest = extreme(Superlative.SMALLEST, BIG_RUG, SMALL_RUG, TURNED_RUG).orElseThrow();

    assertEquals(List.of(SMALL_RUG, TURNED_RUG), smallest.products());
  }

  @Test
  void a_product_without_a_size_is_left_out_and_named() {
    SizeOrder.Extreme biggest = extreme(Superlative.LARGEST, PLAIN_RUG, SMALL_RUG, BIG_RUG).orElseThrow();

    assertEquals(List.of(BIG_RUG), biggest.products());
    assertEquals(List.of(PLAIN_RUG), biggest.unknown());
  }

  @Test
  void named_sizes_compare_on_their_scale_and_a_product_counts_with_its_smallest_or_biggest() {
    assertEquals(List.of(SHEETS), extreme(Superlative.SMALLEST, QUEEN_BED, SHEETS).orElseThrow().products());
    assertEquals(Optional.of("Twin"), extreme(Superlative.SMALLEST, QUEEN_BED, SHEETS).orElseThrow().size());
    assertEquals(Optional.of("King"), extreme(Superlative.LARGEST, QUEEN_BED, SHEETS).orElseThrow().size());
  }

  @Test
  void measurements_compare_with_sizes_of_as_many_measures() {
    SizeOrder.Extreme smallest = extreme(Superlative.SMALLEST, TABLE, BOX).orElseThrow();

    assertEquals(List.of(BOX), smallest.products());
    assertEquals(List.of(TABLE), extreme(Superlative.LARGEST, TABLE, BOX).orElseThrow().products());
    assertEquals(Optional.empty(), extreme(Superlative.LARGEST, TABLE, BOX).orElseThrow().size(),
        "from the measurements: the product's dimensions are said");
  }

  @Test
  void sizes_of_different_kinds_or_too_few_sizes_decide_nothing() {
    assertEquals(Optional.empty(), extreme(Superlative.SMALLEST, QUEEN_BED, BIG_RUG), "Queen against 10 x 12 ft");
    assertEquals(Optional.empty(), extreme(Superlative.SMALLEST, BIG_RUG, BOX), "an area against a volume");
    assertEquals(Optional.empty(), extreme(Superlative.SMALLEST, BIG_RUG, PLAIN_RUG), "one size among two products");
    assertTrue(extreme(Superlative.SMALLEST, BIG_RUG).isPresent(), "a list of one has its own size");
  }

  @Test
  void weights_in_any_unit_decide_the_lightest_and_the_heaviest() {
    assertEquals(List.of(LIGHT_CANDLE), extreme(Superlative.LIGHTEST, HEAVY_CANDLE, LIGHT_CANDLE).orElseThrow()
        .products());
    assertEquals(List.of(HEAVY_CANDLE), extreme(Superlative.HEAVIEST, HEAVY_CANDLE, LIGHT_CANDLE).orElseThrow()
        .products());
    assertEquals(Optional.empty(), extreme(Superlative.HEAVIEST, HEAVY_CANDLE, BIG_RUG));
  }

  @Test
  void smaller_than_one_product_are_those_of_its_kind_of_size_below_it() {
    var comparisons = new Comparisons(TestProducts.searches(SMALL_RUG, BIG_RUG, METRIC_RUG, PLAIN_RUG, BOX));
    List<String> ids = List.of("big-rug", "small-rug", "plain-rug", "metric-rug", "box");

    assertEquals(List.of(SMALL_RUG, METRIC_RUG), comparisons.beside(EN, ids, "big-rug", true).orElseThrow().stream()
        .map(SizeOrder.Sized::product).toList());
    assertEquals(List.of(BIG_RUG, METRIC_RUG), comparisons.beside(EN, ids, "small-rug", false).orElseThrow().stream()
        .map(SizeOrder.Sized::product).toList());
    assertEquals(List.of(), comparisons.beside(EN, ids, "big-rug", false).orElseThrow());
    assertEquals(Optional.empty(), comparisons.beside(EN, ids, "plain-rug", true), "no size to compare with");
  }

  @Test
  void buying_the_smallest_picks_it_only_when_one_is() {
    var comparisons = new Comparisons(TestProducts.searches(SMALL_RUG, TURNED_RUG, BIG_RUG, PLAIN_RUG));

    assertEquals(Optional.of(SMALL_RUG), comparisons.best(EN, List.of("small-rug", "big-rug"), Superlative.SMALLEST));
    assertEquals(Optional.empty(), comparisons.best(EN, List.of("small-rug", "turned-rug"), Superlative.SMALLEST));
    assertEquals(Optional.empty(), comparisons.best(EN, List.of("small-rug", "big-rug", "plain-rug"),
        Superlative.LARGEST), "a product without a size might be the biggest");
  }
}
