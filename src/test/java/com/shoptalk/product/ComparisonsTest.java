package com.shoptalk.product;

import static com.shoptalk.product.TestProducts.EN;
import static com.shoptalk.product.TestProducts.product;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shoptalk.catalog.Money;
import com.shoptalk.catalog.Product;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Comparing products of a list, picking the cheapest or best one, and sorting, decided from the feed. */
class ComparisonsTest {
  private static final Product VELVET = product("velvet-chair", "700").colors("Light Pink")
      .materials("velvet", "brass").highlights("Pre-assembled").finish("Gold").rated(5, 4).build();
  private static final Product LEATHER = product("leather-chair", "499").colors("Tan")
      .materials("leather", "wood").highlights("Pre-assembled", "Matching pillow").finish("Gold").rated(3).build();
  private static final Product BENCH = product("bench", "499").materials("wood").highlights("Seats three").build();
  private static final Product LAMP = product("lamp", "80").build();
  private final Comparisons comparisons = new Comparisons(TestProducts.searches(VELVET, LEATHER, BENCH, LAMP));

  @Test
  void two_products_say_which_is_cheaper_and_by_how_much() {
    Comparison comparison = comparisons.compare(EN, List.of("velvet-chair", "leather-chair")).orElseThrow();

    assertEquals(List.of(VELVET, LEATHER), comparison.products());
    assertEquals(Optional.of(LEATHER), comparison.cheapest());
    assertEquals(0, comparison.difference().orElseThrow().compareTo(Money.of("201", "USD")));
  }

  @Test
  void the_distinguishing_fact_prefers_a_material_only_one_has() {
    Distinction distinction = comparisons.compare(EN, List.of("velvet-chair", "leather-chair")).orElseThrow()
        .distinction().orElseThrow();

    assertEquals(VELVET, distinction.product());
    assertEquals(Distinction.Kind.MATERIAL, distinction.kind());
    assertEquals(List.of("velvet", "brass"), distinction.values());
  }

  @Test
  void without_materials_for_all_a_feature_only_one_has_sets_it_apart() {
    Product plain = product("plain-chair", "300").highlights("Stackable").build();
    var withPlain = new Comparisons(TestProducts.searches(VELVET, plain));

    Distinction distinction = withPlain.compare(EN, List.of("plain-chair", "velvet-chair")).orElseThrow()
        .distinction().orElseThrow();

    assertEquals(Distinction.Kind.HIGHLIGHT, distinction.kind());
    assertEquals("plain-chair", distinction.product().id());
    assertEquals(List.of("Stackable"), distinction.values());
  }

  @Test
  void nothing_sets_them_apart_when_the_feed_says_nothing_of_one() {
    Comparison comparison = comparisons.compare(EN, List.of("lamp", "bench")).orElseThrow();

    assertEquals(Optional.empty(), comparison.distinction());
  }

  @Test
  void equal_prices_have_no_cheapest() {
    Comparison comparison = comparisons.compare(EN, List.of("leather-chair", "bench")).orElseThrow();

    assertEquals(Optional.empty(), comparison.cheapest());
    assertEquals(Optional.empty(), comparison.difference());
  }

  @Test
  void three_products_name_the_cheapest_against_the_dearest_and_the_best_rated() {
    Comparison comparison = comparisons.compare(EN, List.of("velvet-chair", "leather-chair", "lamp")).orElseThrow();

    assertEquals(Optional.of(LAMP), comparison.cheapest());
    assertEquals(Optional.of(VELVET), comparison.dearest());
    assertEquals(0, comparison.difference().orElseThrow().compareTo(Money.of("620", "USD")));
    assertEquals(Optional.of(VELVET), comparison.bestRated());
  }

  @Test
  void the_same_product_twice_is_no_comparison() {
    assertEquals(Optional.empty(), comparisons.compare(EN, List.of("lamp", "lamp", "gone")));
  }

  @Test
  void cheapest_most_expensive_and_best_rated_of_a_list() {
    List<String> list = List.of("lamp", "velvet-chair", "leather-chair", "bench");

    assertEquals(Optional.of(LAMP), comparisons.best(EN, list, Superlative.CHEAPEST));
    assertEquals(Optional.of(VELVET), comparisons.best(EN, list, Superlative.MOST_EXPENSIVE));
    assertEquals(Optional.of(VELVET), comparisons.best(EN, list, Superlative.BEST_RATED));
  }

  @Test
  void among_equal_prices_the_first_listed_is_the_cheapest() {
    assertEquals(Optional.of(BENCH), comparisons.best(EN, List.of("bench", "leather-chair"), Superlative.CHEAPEST));
  }

  @Test
  void no_best_rated_without_reviews() {
    assertEquals(Optional.empty(), comparisons.best(EN, List.of("lamp", "bench"), Superlative.BEST_RATED));
  }

  @Test
  void sorting_by_price_keeps_equal_prices_in_their_order() {
    List<String> list = List.of("velvet-chair", "bench", "lamp", "leather-chair");

    assertEquals(Optional.of(List.of("lamp", "bench", "leather-chair", "velvet-chair")),
        comparisons.sorted(EN, list, SortOrder.PRICE_ASC));
    assertEquals(Optional.of(List.of("velvet-chair", "bench", "leather-chair", "lamp")),
        comparisons.sorted(EN, list, SortOrder.PRICE_DESC));
  }

  @Test
  void sorting_by_rating_puts_products_without_reviews_last() {
    assertEquals(Optional.of(List.of("velvet-chair", "leather-chair", "lamp", "bench")),
        comparisons.sorted(EN, List.of("lamp", "leather-chair", "bench", "velvet-chair"), SortOrder.RATING));
  }

  @Test
  void sorting_by_rating_without_any_reviews_is_not_possible() {
    assertEquals(Optional.empty(), comparisons.sorted(EN, List.of("lamp", "bench"), SortOrder.RATING));
  }

  @Test
  void the_products_of_a_list_in_a_colour_with_their_shades() {
    List<ColorMatch> pink = comparisons.inColor(EN, List.of("lamp", "velvet-chair", "leather-chair"), "pink");

    assertEquals(List.of(new ColorMatch(VELVET, List.of("Light Pink"))), pink);
    assertEquals(List.of(), comparisons.inColor(EN, List.of("lamp", "velvet-chair"), "green"));
  }

  @Test
  void slot_ids_name_superlatives_and_orders() {
    assertEquals(Optional.of(Superlative.BEST_RATED), Superlative.of("BEST_RATED"));
    assertEquals(Optional.of(SortOrder.PRICE_DESC), SortOrder.of("price_desc"));
    assertEquals(Optional.empty(), Superlative.of("cheapest one"));
    assertEquals(Optional.empty(), SortOrder.of(null));
  }
}
