package com.shoptalk.catalog.tools;

import com.shoptalk.catalog.AttributeList;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The converter of the Magento Luma sample data's gear (bags, fitness equipment, watches) into a Merchant Center
 * TSV feed and a Google product reviews XML feed, the test catalog with real reviews.
 *
 * <p>Run with {@code LumaGearFeeds <magento-luma dir>}: it reads {@code products_gear_*.csv} and
 * {@code products_reviews.csv} and writes {@code luma-gear-en-US.tsv} and {@code luma-gear-reviews.xml} beside
 * them. Only what the data says: the description's list items become highlights, {@code qty} the availability,
 * {@code material}, {@code pattern}, {@code color} and {@code size} their attributes; the data has no links,
 * images or brands.
 */
public final class LumaGearFeeds {

  static final List<String> COLUMNS = List.of("id", "item_group_id", "title", "description", "price",
      "availability", "color", "size", "material", "pattern", "product_highlight", "product_type");
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
  private static final Pattern LIST_ITEM = Pattern.compile("<li>\\s*(.*?)\\s*(?:</li>|(?=<li>)|(?=</ul>)|$)",
      Pattern.DOTALL);
  private static final Map<String, String> ENTITIES = Map.of("&reg;", "®", "&amp;", "&", "&quot;", "\"",
      "&#39;", "'", "&nbsp;", " ", "&trade;", "™");

  private LumaGearFeeds() {
  }

  /**
   * Writes the feeds.
   *
   * @param args the magento-luma directory
   * @throws Exception when reading or writing fails
   */
  public static void main(String[] args) throws Exception {
    write(Path.of(args[0]), Path.of(args[0]));
  }

  /**
   * Writes the feeds.
   *
   * @param source the directory with the Magento CSV files
   * @param out    where the feeds go
   * @throws IOException        when reading or writing fails
   * @throws XMLStreamException when the reviews cannot be written
   */
  static void write(Path source, Path out) throws IOException, XMLStreamException {
    Set<String> skus = new TreeSet<>();
    try (Writer w = Files.newBufferedWriter(out.resolve("luma-gear-en-US.tsv"), StandardCharsets.UTF_8)) {
      w.write(String.join("\t", COLUMNS) + "\n");
      for (Path file : gearFiles(source)) {
        for (CSVRecord r : records(file)) {
          skus.add(r.get("sku"));
          Map<String, String> row = new LinkedHashMap<>();
          String color = r.isMapped("color") ? r.get("color") : "";
          row.put("id", r.get("sku"));
          row.put("item_group_id", color.isEmpty() ? "" : r.get("sku").replaceFirst("-[a-z]+$", ""));
          row.put("title", text(r.get("name")));
          row.put("description", paragraphs(r.get("description")));
          row.put("price", new BigDecimal(r.get("price")).setScale(2) + " USD");
          row.put("availability", Integer.parseInt(r.get("qty")) > 0 ? "in_stock" : "out_of_stock");
          row.put("color", color);
          row.put("size", r.isMapped("size") ? r.get("size") : "");
          row.put("material", String.join("/", lines(r.get("material"))));
          row.put("pattern", r.isMapped("pattern") ? r.get("pattern") : "");
          row.put("product_highlight", AttributeList.list(listItems(r.get("description"))));
          row.put("product_type", String.join(" > ", lines(r.get("category").split("\nCollections")[0])));
          w.write(String.join("\t", COLUMNS.stream().map(c -> field(row.get(c))).toList()) + "\n");
        }
      }
    }
    writeReviews(source.resolve("products_reviews.csv"), out.resolve("luma-gear-reviews.xml"), skus);
  }

  /** Writes the reviews of gear (skus starting 24-), also the one of a product the data does not have. */
  private static void writeReviews(Path reviews, Path file, Set<String> skus) throws IOException,
      XMLStreamException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(w);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("feed");
      element(xml, "version", "2.3");
      xml.writeStartElement("publisher");
      element(xml, "name", "Luma (Magento sample data)");
      xml.writeEndElement();
      xml.writeStartElement("reviews");
      int id = 0;
      for (CSVRecord r : records(reviews)) {
        if (!r.get("sku").startsWith("24-")) {
          continue;
        }
        xml.writeCharacters("\n");
        xml.writeStartElement("review");
        element(xml, "review_id", String.valueOf(++id));
        xml.writeStartElement("reviewer");
        element(xml, "name", r.get("reviewer").strip());
        xml.writeEndElement();
        element(xml, "title", r.get("title").strip());
        element(xml, "content", r.get("review").strip());
        xml.writeStartElement("ratings");
        xml.writeStartElement("overall");
        xml.writeAttribute("min", "1");
        xml.writeAttribute("max", "5");
        xml.writeCharacters(r.get("rating_value"));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement("products");
        xml.writeStartElement("product");
        xml.writeStartElement("product_ids");
        xml.writeStartElement("skus");
        element(xml, "sku", r.get("sku"));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.close();
    }
  }

  /** Keeps a value on one line; quotes it when it would otherwise start a quoted field. */
  private static String field(String value) {
    String flat = value.replaceAll("\\s+", " ").strip();
    return flat.startsWith("\"") ? "\"" + flat.replace("\"", "\"\"") + "\"" : flat;
  }

  private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static List<Path> gearFiles(Path source) throws IOException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(source, "products_gear_*.csv")) {
      dir.forEach(files::add);
    }
    files.sort(null);
    return files;
  }

  private static List<CSVRecord> records(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser parser = CSV.parse(in)) {
      return parser.getRecords();
    }
  }

  private static List<String> lines(String value) {
    return Arrays.stream(value.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Returns the description without its list: the paragraphs' text. */
  static String paragraphs(String html) {
    return text(html.replaceAll("(?s)<ul>.*?(</ul>|$)", " "));
  }

  /** Returns the description's list items. */
  static List<String> listItems(String html) {
    List<String> items = new ArrayList<>();
    Matcher m = LIST_ITEM.matcher(html);
    while (m.find()) {
      String item = text(m.group(1));
      if (!item.isEmpty()) {
        items.add(item);
      }
    }
    return items;
  }

  private static String text(String html) {
    String text = html.replaceAll("<[^>]*>", " ");
    for (Map.Entry<String, String> entity : ENTITIES.entrySet()) {
      text = text.replace(entity.getKey(), entity.getValue());
    }
    return text.replaceAll("\\s+", " ").strip();
  }
}
