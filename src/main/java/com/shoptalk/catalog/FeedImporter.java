package com.shoptalk.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An importer of merchant product feeds in the Google Merchant Center attribute names: TSV, RSS 2.0 XML with the
 * {@code g:} namespace, CSV and JSON.
 *
 * <p>Bad rows are skipped and reported with their line and a reason; the good ones are kept. Variants sharing an
 * {@code item_group_id} become one product whose id is the group id.
 */
public final class FeedImporter {

  private static final String GOOGLE_NAMESPACE = "http://base.google.com/ns/1.0";
  private static final Pattern PRICE = Pattern.compile(
      "^(?:([A-Za-z]{3})\\s*|([$€£])\\s*)?(\\d[\\d.,\\s]*?)\\s*(?:([A-Za-z]{3})|([$€£]))?$");
  private static final Map<String, String> CURRENCY_SYMBOLS = Map.of("$", "USD", "€", "EUR", "£", "GBP");
  private static final ObjectMapper JSON = new ObjectMapper();

  private FeedImporter() {
  }

  /**
   * Reads a feed file; the format comes from the extension, else from the content.
   *
   * @param feed   the feed file
   * @param locale the catalog's locale, whose currency all prices must have
   * @return the products and skipped rows
   * @throws FeedException when the file cannot be read at all
   */
  public static ImportReport read(Path feed, Locale locale) {
    Objects.requireNonNull(feed, "feed");
    try (InputStream in = Files.newInputStream(feed)) {
      return read(in, feed.getFileName().toString(), locale);
    } catch (IOException e) {
      throw new FeedException("cannot read feed " + feed + ": " + e, e);
    }
  }

  /**
   * Reads a feed from a stream.
   *
   * @param in       the feed content; not closed
   * @param fileName the feed's file name, for its format and messages
   * @param locale   the catalog's locale, whose currency all prices must have
   * @return the products and skipped rows
   * @throws FeedException when the feed cannot be read at all
   */
  public static ImportReport read(InputStream in, String fileName, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new FeedException("cannot read feed " + fileName + ": " + e, e);
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<SkippedRow> skipped = new ArrayList<>();
    List<FeedRow> rows;
    try {
      rows = switch (format(fileName, text)) {
        case TSV -> delimited(text, '\t', skipped);
        case CSV -> delimited(text, ',', skipped);
        case XML -> xml(bytes, fileName, skipped);
        case JSON -> json(bytes, fileName, skipped);
      };
    } catch (IOException e) {
      throw new FeedException("cannot read feed " + fileName + ": " + e.getMessage(), e);
    }
    List<Product> products = assemble(rows, expectedCurrency(locale), skipped);
    skipped.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return new ImportReport(products, skipped);
  }

  private enum Format { TSV, CSV, XML, JSON }

  private static Format format(String fileName, String text) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".tsv") || name.endsWith(".txt")) {
      return Format.TSV;
    }
    if (name.endsWith(".csv")) {
      return Format.CSV;
    }
    if (name.endsWith(".xml") || name.endsWith(".rss") || name.endsWith(".atom")) {
      return Format.XML;
    }
    if (name.endsWith(".json")) {
      return Format.JSON;
    }
    String start = text.stripLeading().replace("\uFEFF", "");
    if (start.startsWith("<")) {
      return Format.XML;
    }
    if (start.startsWith("[") || start.startsWith("{")) {
      return Format.JSON;
    }
    int lineEnd = start.indexOf('\n');
    return (lineEnd < 0 ? start : start.substring(0, lineEnd)).contains("\t") ? Format.TSV : Format.CSV;
  }

  private static List<FeedRow> delimited(String text, char delimiter, List<SkippedRow> skipped) throws IOException {
    List<DelimitedText.Record> records = DelimitedText.read(new StringReader(text), delimiter);
    List<FeedRow> rows = new ArrayList<>();
    if (records.isEmpty()) {
      return rows;
    }
    List<String> header = records.get(0).fields().stream().map(FeedImporter::attributeName).toList();
    if (!header.contains("id") && !header.contains("title")) {
      throw new IOException("the first line is no header row with Merchant Center attribute names"
          + " (id, title, price, ...)");
    }
    for (DelimitedText.Record record : records.subList(1, records.size())) {
      if (record.error() != null) {
        skipped.add(new SkippedRow(record.line(), record.error()));
        continue;
      }
      Map<String, String> attributes = new HashMap<>();
      for (int i = 0; i < header.size() && i < record.fields().size(); i++) {
        attributes.merge(header.get(i), record.fields().get(i), (a, b) -> a.isBlank() ? b : a);
      }
      rows.add(new FeedRow(record.line(), attributes));
    }
    return rows;
  }

  private static String attributeName(String header) {
    String name = header.strip().toLowerCase(Locale.ROOT);
    return name.startsWith("g:") ? name.substring(2) : name;
  }

  private static List<FeedRow> xml(byte[] bytes, String fileName, List<SkippedRow> skipped) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    List<FeedRow> rows = new ArrayList<>();
    XMLStreamReader xml = null;
    int itemLine = 0;
    try {
      xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
      Map<String, String> item = null;
      Set<String> fromGoogle = new LinkedHashSet<>();
      String child = null;
      boolean childIsGoogle = false;
      int depth = 0;
      StringBuilder value = new StringBuilder();
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (item == null && (name.equals("item") || name.equals("entry"))) {
            item = new HashMap<>();
            fromGoogle.clear();
            itemLine = xml.getLocation().getLineNumber();
            depth = 0;
          } else if (item != null) {
            depth++;
            if (depth == 1) {
              child = name.toLowerCase(Locale.ROOT);
              childIsGoogle = GOOGLE_NAMESPACE.equals(xml.getNamespaceURI());
              value.setLength(0);
              String href = xml.getAttributeValue(null, "href");
              if (href != null && child.equals("link")) {
                value.append(href);
              }
            } else {
              child = null;
            }
          }
        } else if (item != null && (event == XMLStreamConstants.CHARACTERS
            || event == XMLStreamConstants.CDATA)) {
          if (depth == 1 && child != null) {
            value.append(xml.getText());
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && item != null) {
          if (depth == 0) {
            rows.add(new FeedRow(itemLine, item));
            item = null;
          } else {
            if (depth == 1 && child != null) {
              putXmlValue(item, fromGoogle, child, childIsGoogle, value.toString().strip());
            }
            depth--;
          }
        }
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? Math.max(itemLine, 1) : Math.max(e.getLocation().getLineNumber(), 1);
      if (rows.isEmpty() && itemLine == 0) {
        throw new IOException("not well-formed XML at line " + line + ": " + e.getMessage(), e);
      }
      skipped.add(new SkippedRow(line, "XML is not well-formed here, the rest of the file was not read: "
          + firstLine(e.getMessage())));
    } finally {
      if (xml != null) {
        try {
          xml.close();
        } catch (XMLStreamException ignored) {
          // Nothing left to release for an in-memory stream.
        }
      }
    }
    return rows;
  }

  private static void putXmlValue(Map<String, String> item, Set<String> fromGoogle, String name, boolean google,
      String value) {
    if (value.isEmpty()) {
      return;
    }
    if (google) {
      if (fromGoogle.add(name)) {
        item.put(name, value);
      } else {
        item.merge(name, value, (a, b) -> a + "," + b);
      }
    } else if (!fromGoogle.contains(name)) {
      item.merge(name, value, (a, b) -> a + "," + b);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    String[] lines = message.strip().split("\\R");
    return lines[lines.length - 1];
  }

  private static List<FeedRow> json(byte[] bytes, String fileName, List<SkippedRow> skipped) throws IOException {
    List<FeedRow> rows = new ArrayList<>();
    int ordinal = 0;
    try (JsonParser parser = JSON.createParser(bytes)) {
      JsonToken token = parser.nextToken();
      if (token == JsonToken.START_OBJECT) {
        token = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          JsonToken next = parser.nextToken();
          if (next == JsonToken.START_ARRAY && (field.equals("products") || field.equals("items"))) {
            token = next;
            break;
          }
          parser.skipChildren();
        }
      }
      if (token != JsonToken.START_ARRAY) {
        throw new IOException("expected a JSON array of products or an object with a \"products\" array");
      }
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
        ordinal++;
        int line = Math.max(parser.currentTokenLocation().getLineNr(), 1);
        JsonNode node = JSON.readTree(parser);
        if (!node.isObject()) {
          skipped.add(new SkippedRow(line, "product " + ordinal + " is not a JSON object"));
          continue;
        }
        Map<String, String> attributes = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
          Map.Entry<String, JsonNode> field = it.next();
          attributes.put(attributeName(field.getKey()), jsonText(field.getValue()));
        }
        rows.add(new FeedRow(line, attributes));
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : Math.max(e.getLocation().getLineNr(), 1);
      if (rows.isEmpty() && ordinal == 0) {
        throw new IOException("not valid JSON at line " + line + ": " + e.getOriginalMessage(), e);
      }
      skipped.add(new SkippedRow(line, "JSON is not valid here, the rest of the file was not read: "
          + e.getOriginalMessage()));
    }
    return rows;
  }

  private static String jsonText(JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      value.forEach(v -> parts.add(jsonText(v)));
      return String.join(",", parts);
    }
    if (value.isObject()) {
      // {"value": "12.00", "currency": "USD"} as in the Content API.
      JsonNode amount = value.has("value") ? value.get("value") : value.get("amount");
      JsonNode currency = value.has("currency") ? value.get("currency") : value.get("currencyCode");
      if (amount != null) {
        return amount.asText() + (currency == null ? "" : " " + currency.asText());
      }
      return "";
    }
    return value.asText();
  }

  private static Currency expectedCurrency(Locale locale) {
    if (locale.getCountry().isEmpty()) {
      return Currency.getInstance(NumberWords.isGerman(locale) ? "EUR" : "USD");
    }
    return Currency.getInstance(locale);
  }

  /** A row that passed validation. */
  private record Valid(FeedRow row, String id, String title, Money price, Money salePrice) {
  }

  private static List<Product> assemble(List<FeedRow> rows, Currency currency, List<SkippedRow> skipped) {
    Map<String, List<Valid>> groups = new LinkedHashMap<>();
    Map<String, Integer> idLines = new HashMap<>();
    for (FeedRow row : rows) {
      String id = row.get("id");
      String title = row.get("title");
      String problem = null;
      Money price = null;
      Money salePrice = null;
      if (id.isEmpty()) {
        problem = "missing id";
      } else if (title.isEmpty()) {
        problem = "missing title";
      } else if (row.get("price").isEmpty()) {
        problem = "missing price";
      } else {
        try {
          price = parsePrice(row.get("price"), currency, "price");
          if (!row.get("sale_price").isEmpty()) {
            salePrice = parsePrice(row.get("sale_price"), currency, "sale_price");
          }
        } catch (IllegalArgumentException e) {
          problem = e.getMessage();
        }
      }
      if (problem == null && idLines.containsKey(id)) {
        problem = "duplicate id '" + id + "' (first on line " + idLines.get(id) + ")";
      }
      if (problem != null) {
        skipped.add(new SkippedRow(row.line(), problem));
        continue;
      }
      idLines.put(id, row.line());
      String group = row.get("item_group_id");
      groups.computeIfAbsent(group.isEmpty() ? "id:" + id : "group:" + group, k -> new ArrayList<>())
          .add(new Valid(row, id, title, price, salePrice));
    }
    List<Product> products = new ArrayList<>();
    Set<String> productIds = new LinkedHashSet<>();
    for (List<Valid> variants : groups.values()) {
      Product product = merge(variants);
      if (!productIds.add(product.id())) {
        skipped.add(new SkippedRow(variants.get(0).row().line(), "product id '" + product.id()
            + "' is used both as an id and as an item_group_id"));
        continue;
      }
      products.add(product);
    }
    return products;
  }

  private static Product merge(List<Valid> variants) {
    Valid first = variants.get(0);
    String group = first.row().get("item_group_id");
    Valid cheapest = variants.stream()
        .min((a, b) -> effective(a).compareTo(effective(b)))
        .orElseThrow();
    Set<String> colors = new LinkedHashSet<>();
    Set<String> sizes = new LinkedHashSet<>();
    for (Valid variant : variants) {
      split(variant.row().get("color"), "[/,]").forEach(colors::add);
      split(variant.row().get("size"), ",").forEach(sizes::add);
    }
    String title = variants.size() == 1 ? first.title()
        : commonTitle(variants.stream().map(Valid::title).toList());
    String brand = firstNonEmpty(variants, "brand");
    return new Product(
        group.isEmpty() ? first.id() : group,
        title,
        SpokenNames.of(title, brand),
        firstNonEmpty(variants, "description"),
        firstNonEmpty(variants, "link"),
        firstNonEmpty(variants, "image_link"),
        cheapest.price(),
        cheapest.salePrice(),
        first.row().get("availability").toLowerCase(Locale.ROOT).replace(' ', '_'),
        brand,
        List.copyOf(colors),
        List.copyOf(sizes),
        category(first.row()),
        firstNonEmpty(variants, "gtin"),
        group,
        List.of());
  }

  private static Money effective(Valid valid) {
    return valid.salePrice() != null ? valid.salePrice() : valid.price();
  }

  private static String firstNonEmpty(List<Valid> variants, String attribute) {
    return variants.stream().map(v -> v.row().get(attribute)).filter(v -> !v.isEmpty()).findFirst().orElse("");
  }

  private static List<String> split(String value, String separators) {
    List<String> parts = new ArrayList<>();
    for (String part : value.split(separators)) {
      if (!part.isBlank()) {
        parts.add(part.strip());
      }
    }
    return parts;
  }

  /** Returns the words all titles start with, or the first title when they share fewer than two words. */
  static String commonTitle(List<String> titles) {
    String[] common = titles.get(0).split("\\s+");
    int length = common.length;
    for (String title : titles.subList(1, titles.size())) {
      String[] words = title.split("\\s+");
      int i = 0;
      while (i < length && i < words.length && words[i].equals(common[i])) {
        i++;
      }
      length = i;
    }
    if (length == common.length) {
      return titles.get(0);
    }
    String prefix = String.join(" ", java.util.Arrays.asList(common).subList(0, length))
        .replaceAll("[\\s\\-–—,|/:(]+$", "");
    return prefix.split("\\s+").length >= 2 ? prefix : titles.get(0);
  }

  private static String category(FeedRow row) {
    String type = row.get("product_type");
    if (type.isEmpty()) {
      type = row.get("google_product_category");
      if (type.matches("\\d+")) {
        return "";
      }
    }
    String[] segments = type.split(">");
    return segments[segments.length - 1].strip();
  }

  /**
   * Parses a Merchant Center price such as {@code 129.99 USD}, {@code 1,299.00 USD} or {@code 12,99 EUR}.
   *
   * <p>A price without a currency is taken to be in the catalog's currency.
   *
   * @throws IllegalArgumentException with the reason to report
   */
  static Money parsePrice(String text, Currency expected, String attribute) {
    Matcher m = PRICE.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("unparseable " + attribute + " '" + text + "'");
    }
    String code = m.group(1) != null ? m.group(1) : m.group(4);
    String symbol = m.group(2) != null ? m.group(2) : m.group(5);
    if (code == null && symbol != null) {
      code = CURRENCY_SYMBOLS.get(symbol);
    }
    Currency currency = expected;
    if (code != null) {
      try {
        currency = Currency.getInstance(code.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown currency '" + code + "' in " + attribute + " '" + text
            + "'");
      }
    }
    if (!currency.equals(expected)) {
      throw new IllegalArgumentException(attribute + " '" + text + "' is in " + currency.getCurrencyCode()
          + ", the catalog's currency is " + expected.getCurrencyCode());
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(normalizeNumber(m.group(3)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("unparseable " + attribute + " '" + text + "'");
    }
    return new Money(amount, currency);
  }

  private static String normalizeNumber(String number) {
    String n = number.replaceAll("\\s", "");
    int comma = n.lastIndexOf(',');
    int dot = n.lastIndexOf('.');
    if (comma >= 0 && dot >= 0) {
      // The later separator is the decimal one: 1,299.00 or 1.299,00.
      return comma > dot ? n.replace(".", "").replace(',', '.') : n.replace(",", "");
    }
    if (comma >= 0) {
      boolean decimal = n.length() - comma - 1 <= 2 && n.indexOf(',') == comma;
      return decimal ? n.replace(',', '.') : n.replace(",", "");
    }
    if (dot >= 0 && n.indexOf('.') != dot) {
      return n.replace(".", "");
    }
    return n;
  }
}
