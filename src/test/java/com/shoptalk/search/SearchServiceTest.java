package com.shoptalk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.catalog.Catalogs;
import com.shoptalk.catalog.Product;
import com.shoptalk.catalog.SearchQuery;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Searching and refining on the demo catalogs. */
class SearchServiceTest {
  private static final Locale EN = Locale.forLanguageTag("en-US");
  private static final Locale DE = Locale.forLanguageTag("de-DE");
  private static final SearchService SEARCHES = new SearchService(Catalogs.load(Map.of()));

  private static SearchOutcome.Found found(Locale locale, String spoken) {
    return assertInstanceOf(SearchOutcome.Found.class, SEARCHES.search(locale, spoken));
  }

  @Test
  void a_search_remembers_what_it_found_under_the_catalogs_words() {
    SearchOutcome.Found rugs = found(EN, "rugs");

    assertFalse(rugs.products().isEmpty());
    assertEquals(Optional.of(rugs.query().text()), rugs.searchToRemember());
  }

  @Test
  void nothing_found_is_not_remembered() {
    SearchOutcome outcome = SEARCHES.search(EN, "xqzzy vbnm");

    assertInstanceOf(SearchOutcome.NothingFound.class, outcome);
    assertTrue(outcome.searchToRemember().isEmpty());
  }

  @Test
  void cheaper_means_strictly_below_the_product_in_focus() {
    SearchOutcome.Found rugs = found(EN, "rugs");
    Product dearest = rugs.products().stream().max(Comparator.comparing(Product::effectivePrice)).orElseThrow();

    CheaperOutcome cheaper = SEARCHES.cheaper(EN, rugs.query(), Optional.of(dearest.id()), List.of()).orElseThrow();

    assertEquals(dearest.effectivePrice(), cheaper.than());
    assertTrue(cheaper.found().orElseThrow().products().stream()
        .allMatch(p -> p.effectivePrice().compareTo(dearest.effectivePrice()) < 0));
  }

  @Test
  void without_focus_cheaper_is_below_the_cheapest_one_heard() {
    SearchOutcome.Found rugs = found(EN, "rugs");
    List<String> heard = rugs.productIds().subList(0, Math.min(3, rugs.productIds().size()));
    Product cheapestHeard = SEARCHES.products(EN, heard).stream().min(Comparator.comparing(Product::effectivePrice)).orElseThrow();

    assertEquals(cheapestHeard.effectivePrice(),
        SEARCHES.cheaper(EN, rugs.query(), Optional.empty(), heard).orElseThrow().than());
  }

  @Test
  void nothing_cheaper_than_the_cheapest_product() {
    SearchOutcome.Found rugs = found(EN, "rugs");
    Product cheapest = rugs.products().stream().min(Comparator.comparing(Product::effectivePrice)).orElseThrow();

    assertTrue(SEARCHES.cheaper(EN, rugs.query(), Optional.of(cheapest.id()), List.of()).orElseThrow().found().isEmpty());
  }

  @Test
  void cheaper_needs_a_product_to_compare_with() {
    assertTrue(SEARCHES.cheaper(EN, SearchQuery.of("rugs"), Optional.empty(), List.of()).isEmpty());
  }

  @Test
  void a_spoken_colour_is_matched_to_the_catalogs_word() {
    SearchOutcome.Found found = found(DE, "sessel");
    String color = found.products().stream().flatMap(p -> p.colors().stream()).findFirst().orElseThrow();
    String inflected = color.toLowerCase(DE) + "en";

    RefineOutcome refined = SEARCHES.refine(DE, found.query(), new Refinement(null, null, inflected, null));

    assertEquals(color, refined.query().color());
  }

  @Test
  void a_refinement_that_leaves_nothing_finds_nothing() {
    SearchOutcome.Found rugs = found(EN, "rugs");

    RefineOutcome refined = SEARCHES.refine(EN, rugs.query(), new Refinement(BigDecimal.ONE, null, null, null));

    assertTrue(refined.found().isEmpty());
    assertEquals(BigDecimal.ONE, refined.query().maxPrice());
  }
}
