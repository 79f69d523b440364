package com.shoptalk.web;

import com.shoptalk.insights.CommentLine;
import com.shoptalk.insights.Counter;
import com.shoptalk.insights.InsightReport;
import com.shoptalk.insights.ProductRow;
import com.shoptalk.insights.ShownCount;
import com.shoptalk.text.Messages;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What {@code merchant.mustache} shows of a report, in the reader's language. */
final class ReportPage {
  private static final List<Integer> PERIODS = List.of(7, 30, 90, 365);

  private ReportPage() {}

  static Map<String, Object> scope(InsightReport report, Messages m) {
    DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(m.locale());
    NumberFormat numbers = NumberFormat.getIntegerInstance(m.locale());
    var scope = new HashMap<String, Object>();
    scope.put("lang", m.locale().getLanguage());
    scope.put("t", PageTexts.withPrefix(m, "merchant."));
    int days = report.period().days();
    scope.put("since", days + "d");
    scope.put("range", m.text("merchant.period.range",
        "from", dates.format(report.period().from()), "to", dates.format(report.period().to())));
    var periods = new ArrayList<Map<String, Object>>();
    for (int period : PERIODS) {
      periods.add(Map.of("days", period, "label", m.text("merchant.period.days", "days", period), "current", period == days));
    }
    scope.put("periods", periods);
    scope.put("truncated", report.truncated());
    scope.put("empty", report.rows().isEmpty());
    scope.put("charts", ReportCharts.of(report, m));

    var columns = new ArrayList<String>();
    for (Counter counter : Counter.values()) {
      columns.add(m.raw("merchant.counter." + counter.attribute()));
    }
    scope.put("columns", columns);
    var rows = new ArrayList<Map<String, Object>>();
    var comments = new ArrayList<Map<String, Object>>();
    for (ProductRow row : report.rows()) {
      var cells = new ArrayList<Map<String, Object>>();
      for (Counter counter : Counter.values()) {
        ShownCount count = row.get(counter);
        cells.add(Map.of("hidden", count.hidden(),
            "value", count.hidden() ? m.raw("merchant.fewerThan3") : numbers.format(count.value())));
      }
      rows.add(Map.of("title", row.title(), "locale", row.locale(), "cells", cells));
      if (!row.comments().isEmpty()) {
        var lines = new ArrayList<Map<String, Object>>();
        for (CommentLine line : row.comments()) {
          String stance = line.stance() == CommentLine.Stance.CHOSE_ANOTHER
              ? m.text("merchant.stance.CHOSE_ANOTHER", "title", line.chosenTitle())
              : m.raw("merchant.stance." + line.stance().name());
          lines.add(Map.of("day", dates.format(line.day()), "stance", stance, "text", line.text()));
        }
        comments.add(Map.of("title", row.title(), "locale", row.locale(), "lines", lines));
      }
    }
    scope.put("rows", rows);
    scope.put("comments", comments);
    return scope;
  }
}
