package com.shoptalk.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The feed formats, each with its reader, and how a feed's format is recognised. */
enum FeedFormat {

  /** Merchant Center TSV: {@code .tsv}, {@code .txt}. */
  TSV(DelimitedFeedReader.TSV),
  /** RFC 4180 CSV: {@code .csv}. */
  CSV(DelimitedFeedReader.CSV),
  /** RSS 2.0 or Atom with {@code g:} elements: {@code .xml}, {@code .rss}, {@code .atom}. */
  XML(new XmlFeedReader()),
  /** JSON: {@code .json}. */
  JSON(new JsonFeedReader());

  private final FeedReader reader;

  FeedFormat(FeedReader reader) {
    this.reader = reader;
  }

  /** Returns the reader of this format. */
  FeedReader reader() {
    return reader;
  }

  /**
   * Returns a feed's format: from its file name's extension, else from its first characters (XML, JSON, a first
   * line with a tab for TSV, else CSV).
   *
   * @param fileName the file name, may be {@code null}
   * @param content  the feed
   * @return the format
   */
  static FeedFormat of(String fileName, byte[] content) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".tsv") || name.endsWith(".txt")) {
      return TSV;
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
      return XML;
    }
    if (name.endsWith(".json")) {
      return JSON;
    }
    String start = text(content).stripLeading();
    if (start.startsWith("<")) {
      return XML;
    }
    if (start.startsWith("[") || start.startsWith("{")) {
      return JSON;
    }
    int lineEnd = start.indexOf('\n');
    return (lineEnd < 0 ? start : start.substring(0, lineEnd)).contains("\t") ? TSV : CSV;
  }

  /** Returns a feed's text: UTF-8 without a byte order mark. */
  static String text(byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
