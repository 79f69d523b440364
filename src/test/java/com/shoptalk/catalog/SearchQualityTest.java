package com.shoptalk.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.catalog.bench.SearchEvaluation;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quality gate of issue 15 on the labelled shopper queries in {@code src/test/resources/search-eval} (written
 * independently of the search): the first result is of the asked-for kind for at least 95 % of the queries for kinds
 * the shop carries, and at most 5 % of the queries for things it does not carry are answered with products. The
 * issue's bar for unseen queries is 85 % and 10 %; these floors are a ratchet just under what the search reaches on
 * this set (0.97 / 0.03), so a change that loses ground fails. The numbers themselves, with latency, are in the
 * search benchmark (BENCHMARKS.md).
 */
class SearchQualityTest {
  private static final double FIRST_RESULT_FLOOR = 0.95;
  private static final double UNRELATED_CEILING = 0.05;

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void the_first_result_is_of_the_asked_for_kind(String tag) {
    SearchEvaluation.Report report = evaluate(tag);

    assertTrue(report.firstResultShare() >= FIRST_RESULT_FLOOR, String.format("first-result share %.3f; wrong: %s",
        report.firstResultShare(), report.wrongFirst()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void things_the_shop_does_not_carry_are_not_answered_with_products(String tag) {
    SearchEvaluation.Report report = evaluate(tag);

    assertTrue(report.unrelatedShare() <= UNRELATED_CEILING, String.format("unrelated-answer share %.3f: %s",
        report.unrelatedShare(), report.unrelated()));
  }

  private static final Map<String, SearchEvaluation.Report> REPORTS = new ConcurrentHashMap<>();

  private static SearchEvaluation.Report evaluate(String tag) {
    return REPORTS.computeIfAbsent(tag, t -> new SearchEvaluation(
        DemoCatalogs.CATALOGS.forLocale(Locale.forLanguageTag(t)), t).run("queries-" + t + ".tsv"));
  }
}
