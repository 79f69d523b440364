package com.shoptalk.catalog.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The converter of the commercetools "B2C Lifestyle" sample data into the shipped demo feeds
 * {@code demo-en-US.tsv} and {@code demo-de-DE.tsv} in Merchant Center TSV.
 *
 * <p>Usage: {@code DemoCatalogBuilder <catalog.joined.json> <output dir>}. One row per variant; products with
 * several variants share an {@code item_group_id} (the product key), single-variant products use the key as id.
 *
 * <p>Two repairs of the data's German: titles lose the quote marks around names ({@code Sessel >Sally<} and
 * {@code Sessel "Edgar"} become {@code Sessel Sally}, {@code Sessel Edgar}), and colours get natural German
 * names from {@link #GERMAN_COLORS}, keyed by the data's English name, instead of the data's word-by-word
 * translations ("Bräunen" for Tan, "Königs blau") and the English left in ("White").
 */
public final class DemoCatalogBuilder {

  private static final List<String> COLUMNS = List.of("id", "item_group_id", "title", "description", "link",
      "image_link", "price", "availability", "color", "size", "product_type");
  private static final Map<String, String> COUNTRY = Map.of("en-US", "US", "de-DE", "DE");
  private static final Map<String, String> CURRENCY = Map.of("en-US", "USD", "de-DE", "EUR");
  private static final Pattern NAME_QUOTES = Pattern.compile("[>\"“”„<]");

  /** German colour names for the data's English ones, as a German shop would write them. */
  static final Map<String, String> GERMAN_COLORS = Map.ofEntries(
      Map.entry("Antique White", "Antikweiß"),
      Map.entry("Beige", "Beige"),
      Map.entry("Black", "Schwarz"),
      Map.entry("Brown", "Braun"),
      Map.entry("Corn Silk", "Maisgelb"),
      Map.entry("Dark Sea Green", "Dunkles Seegrün"),
      Map.entry("Dark Slate Gray", "Dunkles Schiefergrau"),
      Map.entry("Deep Sky Blue", "Tiefes Himmelblau"),
      Map.entry("Floral White", "Blütenweiß"),
      Map.entry("Gainsboro", "Hellgrau"),
      Map.entry("Golden Rod", "Goldgelb"),
      Map.entry("Gray", "Grau"),
      Map.entry("Green", "Grün"),
      Map.entry("Ivory", "Elfenbein"),
      Map.entry("Lavender Blush", "Lavendel"),
      Map.entry("Light Blue", "Hellblau"),
      Map.entry("Light Gray", "Hellgrau"),
      Map.entry("Light Olive", "Helloliv"),
      Map.entry("Light Pink", "Hellrosa"),
      Map.entry("Lightslate Gray", "Helles Schiefergrau"),
      Map.entry("Medium Sea Green", "Seegrün"),
      Map.entry("Peru", "Ocker"),
      Map.entry("Pink", "Rosa"),
      Map.entry("Plum", "Pflaume"),
      Map.entry("Purple", "Violett"),
      Map.entry("Red", "Rot"),
      Map.entry("Royal Blue", "Königsblau"),
      Map.entry("Saddle Brown", "Sattelbraun"),
      Map.entry("Sage", "Salbeigrün"),
      Map.entry("Sand", "Sand"),
      Map.entry("Sea Green", "Seegrün"),
      Map.entry("Siena", "Siena"),
      Map.entry("Silver", "Silber"),
      Map.entry("Sky Blue", "Himmelblau"),
      Map.entry("Slate Gray", "Schiefergrau"),
      Map.entry("Tan", "Hellbraun"),
      Map.entry("Transparent", "Transparent"),
      Map.entry("Wheat", "Hellbeige"),
      Map.entry("White", "Weiß"));

  private DemoCatalogBuilder() {
  }

  /**
   * Writes the demo feeds.
   *
   * @param args the path of {@code catalog.joined.json} and the output directory
   * @throws IOException when reading or writing fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: DemoCatalogBuilder <catalog.joined.json> <output dir>");
      System.exit(1);
    }
    JsonNode root = new ObjectMapper().readTree(Path.of(args[0]).toFile());
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    for (String tag : List.of("en-US", "de-DE")) {
      Path file = out.resolve("demo-" + tag + ".tsv");
      int rows = write(root, tag, file);
      System.out.println("wrote " + rows + " rows to " + file);
    }
  }

  private static int write(JsonNode root, String tag, Path file) throws IOException {
    Map<String, JsonNode> categories = new HashMap<>();
    root.get("categories").forEach(c -> categories.put(c.get("key").asText(), c));
    int rows = 0;
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(String.join("\t", COLUMNS) + "\n");
      for (JsonNode product : root.get("products")) {
        List<JsonNode> variants = new ArrayList<>();
        variants.add(product.get("masterVariant"));
        product.get("variants").forEach(variants::add);
        String key = product.get("key").asText();
        String productType = productType(product, categories, tag);
        for (JsonNode variant : variants) {
          String price = price(variant, tag);
          if (price == null) {
            System.err.println("no " + tag + " price for " + key + " variant " + variant.path("sku"));
            continue;
          }
          String color = color(variant.path("attributes").path("color"), tag);
          JsonNode size = variant.path("attributes").path("size").path(tag);
          List<String> values = List.of(
              variants.size() > 1 ? variant.path("sku").asText() : key,
              variants.size() > 1 ? key : "",
              title(product.path("name").path(tag).asText()),
              product.path("description").path(tag).asText(),
              "https://demo.shoptalk.example/" + tag + "/p/" + product.path("slug").path(tag).asText(key),
              variant.path("images").path(0).asText(""),
              price,
              "in_stock",
              color,
              size.isTextual() ? size.asText() : "",
              productType);
          w.write(String.join("\t", values.stream().map(DemoCatalogBuilder::field).toList()) + "\n");
          rows++;
        }
      }
    }
    return rows;
  }

  /** Returns the title without the quote marks the data puts around names: "Sessel Sally". */
  static String title(String name) {
    return NAME_QUOTES.matcher(name).replaceAll(" ").replaceAll("\\s{2,}", " ").strip();
  }

  /** Returns the variant's colour name in the locale; German from {@link #GERMAN_COLORS}. */
  static String color(JsonNode color, String tag) {
    String english = color.path("en-US").asText("").replaceAll(":.*$", "");
    if (tag.equals("de-DE") && !english.isEmpty()) {
      String german = GERMAN_COLORS.get(english);
      if (german == null) {
        throw new IllegalStateException("no German name for the colour " + english);
      }
      return german;
    }
    return color.path(tag).asText("").replaceAll(":.*$", "");
  }

  private static String price(JsonNode variant, String tag) {
    for (JsonNode price : variant.path("prices")) {
      if (!price.path("channel").asBoolean(false) && COUNTRY.get(tag).equals(price.path("country").asText())
          && CURRENCY.get(tag).equals(price.path("currency").asText())) {
        return BigDecimal.valueOf(price.path("centAmount").asLong(), 2).toPlainString() + " "
            + CURRENCY.get(tag);
      }
    }
    return null;
  }

  /** Returns the path of the product's most specific shop category, e.g. "Furniture > Living Room > Chairs". */
  private static String productType(JsonNode product, Map<String, JsonNode> categories, String tag) {
    List<String> best = List.of();
    for (JsonNode keyNode : product.path("categories")) {
      String key = keyNode.asText();
      if (key.equals("new-arrivals") || isUnder(key, "collections", categories)) {
        continue;
      }
      List<String> path = new ArrayList<>();
      for (JsonNode c = categories.get(key); c != null; c = categories.get(c.path("parentKey").asText(""))) {
        path.add(0, c.path("name").path(tag).asText());
      }
      if (path.size() > best.size()) {
        best = path;
      }
    }
    return String.join(" > ", best);
  }

  private static boolean isUnder(String key, String ancestor, Map<String, JsonNode> categories) {
    for (JsonNode c = categories.get(key); c != null; c = categories.get(c.path("parentKey").asText(""))) {
      if (c.path("key").asText().equals(ancestor)) {
        return true;
      }
    }
    return false;
  }

  /** Keeps a value on one line; quotes it when it would otherwise start a quoted field. */
  private static String field(String value) {
    String flat = value.replaceAll("[\\t\\r\\n]+", " ").replaceAll(" {2,}", " ").strip();
    return flat.startsWith("\"") ? "\"" + flat.replace("\"", "\"\"") + "\"" : flat;
  }
}
