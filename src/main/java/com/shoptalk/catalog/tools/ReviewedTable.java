package com.shoptalk.catalog.tools;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A reviewed word table of the demo catalog's source: tab-separated, a header row, {@code #} comment lines. */
final class ReviewedTable {

  private static final CSVFormat FORMAT = CSVFormat.TDF.builder().setCommentMarker('#').setHeader()
      .setSkipHeaderRecord(true).setQuote(null).build();

  private ReviewedTable() {
  }

  /**
   * Reads a table.
   *
   * @param file the table
   * @return its rows as maps from column name to value
   * @throws IOException when it cannot be read
   */
  static List<Map<String, String>> read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, FORMAT)) {
      return parser.stream().map(CSVRecord::toMap).toList();
    }
  }
}
