package com.shoptalk.catalog;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A reader of delimited text records (RFC 4180 CSV, or tab-separated) that keeps each record's first line.
 *
 * <p>Fields may be quoted with double quotes; a quoted field may hold delimiters, line breaks and doubled quotes.
 */
final class DelimitedText {

  /**
   * One record and the 1-based physical line it starts on.
   *
   * @param line   the first line of the record
   * @param fields the field values, unquoted
   * @param error  why the record could not be read, or {@code null}
   */
  record Record(int line, List<String> fields, String error) {
  }

  private DelimitedText() {
  }

  /**
   * Reads all records; blank lines are skipped.
   *
   * @param in        the text
   * @param delimiter {@code ','} or {@code '\t'}
   * @return the records; a quoted field that is never closed ends the text with an error record
   * @throws IOException when reading fails
   */
  static List<Record> read(Reader in, char delimiter) throws IOException {
    List<Record> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int line = 1;
    int recordLine = 1;
    boolean quoted = false;
    boolean fieldStarted = false;
    int quoteLine = 0;
    int c = in.read();
    if (c == '\uFEFF') {
      c = in.read();
    }
    while (c != -1) {
      if (quoted) {
        if (c == '"') {
          int next = in.read();
          if (next == '"') {
            field.append('"');
          } else {
            quoted = false;
            c = next;
            continue;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
      } else if (c == '"' && field.length() == 0 && !fieldStarted) {
        quoted = true;
        fieldStarted = true;
        quoteLine = line;
      } else if (c == delimiter) {
        fields.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r') {
          int next = in.read();
          if (next != '\n') {
            endRecord(records, fields, field, recordLine);
            line++;
            recordLine = line;
            fieldStarted = false;
            c = next;
            continue;
          }
        }
        endRecord(records, fields, field, recordLine);
        line++;
        recordLine = line;
        fieldStarted = false;
      } else {
        field.append((char) c);
        fieldStarted = true;
      }
      c = in.read();
    }
    if (quoted) {
      records.add(new Record(recordLine, List.of(), "quoted field opened on line " + quoteLine
          + " is never closed; the rest of the file could not be read"));
      return records;
    }
    endRecord(records, fields, field, recordLine);
    return records;
  }

  private static void endRecord(List<Record> records, List<String> fields, StringBuilder field, int line) {
    fields.add(field.toString());
    field.setLength(0);
    boolean blank = fields.size() == 1 && fields.get(0).isBlank();
    if (!blank) {
      records.add(new Record(line, List.copyOf(fields), null));
    }
    fields.clear();
  }
}
