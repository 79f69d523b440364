package com.shoptalk.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The reader of JSON feeds with Jackson: an array of objects keyed by Merchant Center attribute names, or an
 * object with such an array under {@code "products"} or {@code "items"}.
 *
 * <p>An array value gives several values ({@code "color": ["Beige", "White"]}); a price may be an object
 * {@code {"value": "12.00", "currency": "USD"}}; a {@code product_detail} an object with {@code section_name},
 * {@code attribute_name} and {@code attribute_value}. Rows are reported with the line their object starts on.
 */
final class JsonFeedReader implements FeedReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> DETAIL_PARTS = List.of("section_name", "attribute_name", "attribute_value");

  @Override
  public List<FeedRow> read(byte[] content, List<SkippedRow> skipped) throws IOException {
    List<FeedRow> rows = new java.util.ArrayList<>();
    int ordinal = 0;
    try (JsonParser parser = JSON.createParser(content)) {
      if (!toProductArray(parser)) {
        throw new IOException("expected a JSON array of products or an object with a \"products\" array");
      }
      JsonToken token;
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
        ordinal++;
        int line = Math.max(parser.currentTokenLocation().getLineNr(), 1);
        JsonNode node = JSON.readTree(parser);
        if (!node.isObject()) {
          skipped.add(new SkippedRow(line, "product " + ordinal + " is not a JSON object"));
          continue;
        }
        FeedRow.Builder row = new FeedRow.Builder(line);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          String name = FeedRow.attributeName(field.getKey());
          JsonNode value = field.getValue();
          if (value.isArray()) {
            value.forEach(v -> row.add(name, text(name, v)));
          } else {
            row.add(name, text(name, value));
          }
        }
        rows.add(row.build());
      }
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : Math.max(e.getLocation().getLineNr(), 1);
      if (rows.isEmpty() && ordinal == 0) {
        throw new IOException("not valid JSON at line " + line + ": " + e.getOriginalMessage(), e);
      }
      skipped.add(new SkippedRow(line, "JSON is not valid here, the rest of the file was not read: "
          + e.getOriginalMessage()));
    }
    return rows;
  }

  /** Moves the parser into the array of products; returns whether there is one. */
  private static boolean toProductArray(JsonParser parser) throws IOException {
    JsonToken token = parser.nextToken();
    if (token == JsonToken.START_ARRAY) {
      return true;
    }
    if (token != JsonToken.START_OBJECT) {
      return false;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken next = parser.nextToken();
      if (next == JsonToken.START_ARRAY && (field.equals("products") || field.equals("items"))) {
        return true;
      }
      parser.skipChildren();
    }
    return false;
  }

  private static String text(String attribute, JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    if (value.isArray()) {
      return "";
    }
    if (value.isObject()) {
      if (attribute.equals("product_detail")) {
        return AttributeList.item(DETAIL_PARTS.stream().map(p -> value.path(p).asText("")).toList());
      }
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
}
