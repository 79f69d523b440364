package com.shoptalk.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The reader of Merchant Center text feeds: tab-separated (TSV) or RFC 4180 comma-separated (CSV), with a header
 * row of attribute names, parsed by Apache Commons CSV.
 *
 * <p>A field may be quoted with double quotes and then hold delimiters, line breaks and doubled quotes. A column
 * name may repeat (several {@code product_highlight} columns); {@code product_highlight} and {@code product_detail}
 * cells also hold comma-separated lists as Merchant Center writes them (see {@link AttributeList}).
 */
final class DelimitedFeedReader implements FeedReader {

  /** Tab-separated text. */
  static final DelimitedFeedReader TSV = new DelimitedFeedReader(CSVFormat.TDF);
  /** Comma-separated text. */
  static final DelimitedFeedReader CSV = new DelimitedFeedReader(CSVFormat.RFC4180);

  private final CSVFormat format;

  private DelimitedFeedReader(CSVFormat base) {
    // Trailing data after a closing quote is kept ("Edgar" Sessel), as a lenient merchant tool would.
    this.format = base.builder().setIgnoreEmptyLines(true).setTrailingData(true).setAllowMissingColumnNames(true)
        .build();
  }

  @Override
  public List<FeedRow> read(byte[] content, List<SkippedRow> skipped) throws IOException {
    String text = FeedFormat.text(content);
    Lines lines = new Lines(text);
    List<FeedRow> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, format)) {
      Iterator<CSVRecord> records = parser.iterator();
      List<String> header = null;
      long lastLine = 0;
      try {
        while (records.hasNext()) {
          CSVRecord record = records.next();
          int line = lines.lineOf(record.getCharacterPosition());
          lastLine = parser.getCurrentLineNumber();
          if (record.stream().allMatch(String::isBlank)) {
            continue;
          }
          if (header == null) {
            header = header(record);
            continue;
          }
          rows.add(row(line, header, record));
        }
      } catch (UncheckedIOException e) {
        if (header == null) {
          throw new IOException("the header row cannot be read: " + e.getCause().getMessage(), e);
        }
        skipped.add(new SkippedRow(lines.nextNonEmpty(lastLine + 1), unreadable(e.getCause())));
      }
    }
    return rows;
  }

  private static List<String> header(CSVRecord record) throws IOException {
    List<String> header = record.stream().map(FeedRow::attributeName).toList();
    if (!header.contains("id") && !header.contains("title")) {
      throw new IOException("the first line is no header row with Merchant Center attribute names"
          + " (id, title, price, ...)");
    }
    return header;
  }

  private static FeedRow row(int line, List<String> header, CSVRecord record) {
    FeedRow.Builder row = new FeedRow.Builder(line);
    for (int i = 0; i < header.size() && i < record.size(); i++) {
      String name = header.get(i);
      if (AttributeList.isList(name)) {
        AttributeList.values(name, record.get(i)).forEach(value -> row.add(name, value));
      } else {
        row.add(name, record.get(i));
      }
    }
    return row.build();
  }

  private static String unreadable(IOException cause) {
    String message = cause.getMessage() == null ? "" : cause.getMessage();
    if (message.contains("EOF reached before encapsulated token finished")) {
      return "a quoted field is never closed; the rest of the file could not be read";
    }
    return "the rest of the file could not be read: " + message;
  }

  /** The line starts of a text, to turn a character position into a 1-based line. */
  private static final class Lines {

    private final String text;
    private final int[] starts;

    Lines(String text) {
      this.text = text;
      int[] found = new int[16];
      int count = 0;
      found[count++] = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
          if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
          }
          found[count++] = i + 1;
        }
      }
      this.starts = Arrays.copyOf(found, count);
    }

    /** Returns the line of the first character at or after a record's position that is no line break. */
    int lineOf(long position) {
      int p = (int) position;
      while (p < text.length() && (text.charAt(p) == '\r' || text.charAt(p) == '\n')) {
        p++;
      }
      int index = Arrays.binarySearch(starts, p);
      return (index >= 0 ? index : -index - 2) + 1;
    }

    /** Returns the first line from a 1-based line on that is not empty. */
    int nextNonEmpty(long line) {
      int l = (int) Math.max(line, 1);
      while (l < starts.length && lineIsEmpty(l)) {
        l++;
      }
      return Math.min(l, starts.length);
    }

    private boolean lineIsEmpty(int line) {
      int start = starts[line - 1];
      int end = line < starts.length ? starts[line] : text.length();
      return text.substring(start, end).isBlank();
    }
  }
}
