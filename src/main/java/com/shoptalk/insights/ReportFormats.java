package com.shoptalk.insights;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shoptalk.text.Messages;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report as CSV and JSON for machines and spreadsheets: one row (object) per product over the
 * period. A hidden small number is written as {@value #HIDDEN}, never as its value.
 */
public final class ReportFormats {
  /** How a count below {@value ShownCount#THRESHOLD} is written. */
  public static final String HIDDEN = "<3";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReportFormats() {}

  /** The CSV columns: {@code from,to,locale,product_id,title} and one per counter. */
  public static List<String> csvHeader() {
    var header = new ArrayList<>(List.of("from", "to", "locale", "product_id", "title"));
    for (Counter counter : Counter.values()) {
      header.add(counter.column());
    }
    return header;
  }

  /** The report as CSV (RFC 4180, CRLF line ends), with a header row. */
  public static String csv(InsightReport report) {
    var out = new StringWriter();
    try (var printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(csvHeader().toArray(String[]::new)).build())) {
      for (ProductRow row : report.rows()) {
        var record = new ArrayList<String>(List.of(report.period().from().toString(), report.period().to().toString(),
            row.locale(), cell(row.productId()), cell(row.title())));
        for (Counter counter : Counter.values()) {
          record.add(text(row.get(counter)));
        }
        printer.printRecord(record);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The report as JSON, with the shared comments under each product. */
  public static String json(InsightReport report) {
    ObjectNode root = JSON.createObjectNode();
    root.put("from", report.period().from().toString());
    root.put("to", report.period().to().toString());
    root.put("truncated", report.truncated());
    root.put("hidden", HIDDEN + " means fewer than " + ShownCount.THRESHOLD);
    var products = root.putArray("products");
    for (ProductRow row : report.rows()) {
      ObjectNode product = products.addObject();
      product.put("locale", row.locale());
      product.put("productId", row.productId());
      product.put("title", row.title());
      ObjectNode counts = product.putObject("counts");
      for (Counter counter : Counter.values()) {
        ShownCount count = row.get(counter);
        if (count.hidden()) {
          counts.put(counter.attribute(), HIDDEN);
        } else {
          counts.put(counter.attribute(), count.value());
        }
      }
      var comments = product.putArray("comments");
      for (CommentLine line : row.comments()) {
        ObjectNode comment = comments.addObject();
        comment.put("day", line.day().toString());
        comment.put("stance", line.stance().name().toLowerCase(java.util.Locale.ROOT));
        if (line.chosenTitle() != null) {
          comment.put("chosen", line.chosenTitle());
        }
        comment.put("text", line.text());
      }
    }
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The report as text for a terminal: per product its counters with their names in the reader's
   * language, then the shared comments.
   */
  public static String table(InsightReport report, Messages m) {
    var out = new StringBuilder();
    out.append(m.raw("merchant.title")).append(" — ")
        .append(m.text("merchant.period.range", "from", report.period().from(), "to", report.period().to())).append('\n')
        .append(m.raw("merchant.cli.hidden")).append('\n');
    if (report.truncated()) {
      out.append(m.raw("merchant.truncated")).append('\n');
    }
    if (report.rows().isEmpty()) {
      out.append('\n').append(m.raw("merchant.empty")).append('\n');
    }
    int width = 0;
    for (Counter counter : Counter.values()) {
      width = Math.max(width, m.raw("merchant.counter." + counter.attribute()).length());
    }
    for (ProductRow row : report.rows()) {
      out.append('\n').append(row.title()).append("  (").append(row.locale()).append(", ").append(row.productId()).append(")\n");
      for (Counter counter : Counter.values()) {
        String label = m.raw("merchant.counter." + counter.attribute());
        out.append("  ").append(label).append(" ".repeat(width - label.length() + 2)).append(text(row.get(counter))).append('\n');
      }
      for (CommentLine line : row.comments()) {
        String stance = line.stance() == CommentLine.Stance.CHOSE_ANOTHER
            ? m.text("merchant.stance.CHOSE_ANOTHER", "title", line.chosenTitle())
            : m.raw("merchant.stance." + line.stance().name());
        out.append("  ").append(line.day()).append("  ").append(stance).append(": ").append(line.text()).append('\n');
      }
    }
    return out.toString();
  }

  /** A count as a cell: the number, or {@value #HIDDEN}. */
  public static String text(ShownCount count) {
    return count.hidden() ? HIDDEN : Long.toString(count.value());
  }

  /** A text cell a spreadsheet will not run as a formula. */
  private static String cell(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
