package com.shoptalk.web;

import com.shoptalk.insights.Counter;
import com.shoptalk.insights.InsightReport;
import com.shoptalk.insights.ProductRow;
import com.shoptalk.insights.ShownCount;
import com.shoptalk.text.Messages;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's bar charts as numbers for the SVG in {@code merchant.mustache}: the products with
 * the highest shown counts, one group of bars per product, one bar per counter. A hidden count
 * gets no bar, only the words "fewer than 3".
 */
final class ReportCharts {
  static final int WIDTH = 640;
  private static final int TOP = 10;
  private static final int LABEL_CHARS = 30;
  private static final int BARS_X = 210;
  private static final int BARS_WIDTH = 330;
  private static final int BAR = 14;
  private static final int BAR_GAP = 3;
  private static final int GROUP_GAP = 12;
  private static final int LEGEND = 28;

  private record Spec(String id, String titleKey, List<Counter> series, List<String> colors) {}

  private static final List<Spec> CHARTS = List.of(
      new Spec("asked", "merchant.chart.asked", List.of(Counter.ASKED_BUY_OR_NOT, Counter.ASKED_WHICH_ONE),
          List.of("#0b57a4", "#6f9fd8")),
      new Spec("votes", "merchant.chart.votes", List.of(Counter.VOTES_BUY, Counter.VOTES_DONT_BUY),
          List.of("#2e7d32", "#c62828")),
      new Spec("clicks", "merchant.chart.clicks", List.of(Counter.CLICKS_QUESTION, Counter.CLICKS_LIST, Counter.CLICKS_BUY),
          List.of("#0b57a4", "#8e44ad", "#b35900")));

  private ReportCharts() {}

  /** The charts of a report, each with its bars laid out; charts without a shown count are left out. */
  static List<Map<String, Object>> of(InsightReport report, Messages m) {
    NumberFormat numbers = NumberFormat.getIntegerInstance(m.locale());
    var charts = new ArrayList<Map<String, Object>>();
    for (Spec spec : CHARTS) {
      Counter[] series = spec.series().toArray(Counter[]::new);
      List<ProductRow> top = report.rows().stream()
          .filter(row -> row.rank(series) > 0)
          .sorted(Comparator.comparingLong((ProductRow row) -> row.rank(series)).reversed())
          .limit(TOP)
          .toList();
      if (top.isEmpty()) {
        continue;
      }
      charts.add(chart(spec, top, m, numbers));
    }
    return charts;
  }

  private static Map<String, Object> chart(Spec spec, List<ProductRow> rows, Messages m, NumberFormat numbers) {
    var legend = new ArrayList<Map<String, Object>>();
    int x = 0;
    for (int i = 0; i < spec.series().size(); i++) {
      String label = m.raw("merchant.counter." + spec.series().get(i).attribute());
      legend.add(Map.of("x", x, "textX", x + 18, "color", spec.colors().get(i), "label", label));
      x += 18 + label.length() * 8 + 24;
    }
    long max = rows.stream().mapToLong(row -> spec.series().stream().mapToLong(c -> row.get(c).orZero()).max().orElse(0))
        .max().orElse(1);
    var groups = new ArrayList<Map<String, Object>>();
    int y = LEGEND;
    for (ProductRow row : rows) {
      var bars = new ArrayList<Map<String, Object>>();
      for (int i = 0; i < spec.series().size(); i++) {
        ShownCount count = row.get(spec.series().get(i));
        int width = count.hidden() ? 0 : (int) Math.max(2, Math.round((double) count.value() * BARS_WIDTH / max));
        int barY = y + i * (BAR + BAR_GAP);
        var bar = new HashMap<String, Object>();
        bar.put("y", barY);
        bar.put("width", width);
        bar.put("color", spec.colors().get(i));
        bar.put("textX", BARS_X + width + 6);
        bar.put("textY", barY + BAR - 3);
        bar.put("value", count.hidden() ? m.raw("merchant.fewerThan3") : numbers.format(count.value()));
        bar.put("series", m.raw("merchant.counter." + spec.series().get(i).attribute()));
        bars.add(bar);
      }
      String title = row.title();
      groups.add(Map.of(
          "label", title.length() > LABEL_CHARS ? title.substring(0, LABEL_CHARS - 1) + "…" : title,
          "fullLabel", title,
          "labelY", y + BAR - 3,
          "bars", bars));
      y += spec.series().size() * (BAR + BAR_GAP) + GROUP_GAP;
    }
    return Map.of(
        "id", spec.id(),
        "title", m.raw(spec.titleKey()),
        "width", WIDTH,
        "height", y,
        "barsX", BARS_X,
        "barHeight", BAR,
        "legend", legend,
        "groups", groups);
  }
}
