package com.shoptalk.catalog.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shoptalk.catalog.AttributeList;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The converter of the commercetools "B2C Lifestyle" sample data into the shipped demo feeds
 * {@code demo-en-US.tsv} and {@code demo-de-DE.tsv} in Merchant Center TSV.
 *
 * <p>Usage: {@code DemoCatalogBuilder <source dir> <output dir>}, the source directory holding
 * {@code catalog.joined.json} and the reviewed tables {@code productspec.tsv}, {@code materials.tsv} and
 * {@code sizes.tsv}. One row per variant; products with several variants share an {@code item_group_id} (the
 * product key), single-variant products use the key as id.
 *
 * <p>Besides names, descriptions, prices, colours and categories the feeds carry what the data says for shoppers'
 * questions: the {@code productspec} bullets as highlights, sizes and measurements ({@link DemoSpecs}), the
 * {@code finish} as a product detail, the materials the English texts name ({@link DemoMaterials}), and the
 * variants' sizes. The data says nothing about stock, so every product is {@code in_stock}.
 *
 * <p>Two repairs of the data's German: titles lose the quote marks around names ({@code Sessel >Sally<} and
 * {@code Sessel "Edgar"} become {@code Sessel Sally}, {@code Sessel Edgar}), and colours get natural German
 * names from {@link #GERMAN_COLORS}, keyed by the data's English name, instead of the data's word-by-word
 * translations ("Bräunen" for Tan, "Königs blau") and the English left in ("White").
 */
public final class DemoCatalogBuilder {

  private static final List<String> COLUMNS = List.of("id", "item_group_id", "title", "description", "link",
      "image_link", "price", "availability", "color", "size", "material", "product_highlight", "product_detail",
      "product_length", "product_width", "product_height", "product_weight", "product_type");
  private static final List<String> MEASURES = List.of("product_length", "product_width", "product_height",
      "product_weight");
  /** The finish detail's section and attribute name per locale. */
  private static final Map<String, List<String>> FINISH = Map.of("en-US", List.of("General", "Finish"),
      "de-DE", List.of("Allgemein", "Oberfläche"));
  private static final Map<String, String> COUNTRY = Map.of("en-US", "US", "de-DE", "DE");
  private static final Map<String, String> CURRENCY = Map.of("en-US", "USD", "de-DE", "EUR");
  private static final Pattern NAME_QUOTES = Pattern.compile("[>\"“”„<]");

  /** German colour names for the data's English ones, as a German shop would write them. */
  static final Map<String, String> GERMAN_COLORS = Map.ofEntries(
      Map.entry("Antique White", "Antikweiß"),
      Map.entry("Beige", "Beige"),
      Map.entry("Black", "Schwarz"),
      Map.entry("Brown", "Braun"),
      Map.entry("Burlywood", "Holzfarben"),
      Map.entry("Corn Silk", "Maisgelb"),
      Map.entry("Dark Sea Green", "Dunkles Seegrün"),
      Map.entry("Dark Slate Gray", "Dunkles Schiefergrau"),
      Map.entry("Deep Sky Blue", "Tiefes Himmelblau"),
      Map.entry("Floral White", "Blütenweiß"),
      Map.entry("Gainsboro", "Hellgrau"),
      Map.entry("Glass", "Glas"),
      Map.entry("Gold", "Gold"),
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
   * @param args the source directory (or its {@code catalog.joined.json}) and the output directory
   * @throws IOException when reading or writing fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: DemoCatalogBuilder <source dir with catalog.joined.json> <output dir>");
      System.exit(1);
    }
    Path source = Path.of(args[0]);
    Path dir = Files.isDirectory(source) ? source : source.toAbsolutePath().getParent();
    JsonNode root = new ObjectMapper().readTree(dir.resolve("catalog.joined.json").toFile());
    DemoSpecs specs = DemoSpecs.load(dir.resolve("productspec.tsv"), dir.resolve("sizes.tsv"));
    DemoMaterials materials = DemoMaterials.load(dir.resolve("materials.tsv"));
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    for (String tag : List.of("en-US", "de-DE")) {
      Path file = out.resolve("demo-" + tag + ".tsv");
      int rows = write(root, specs, materials, tag, file);
      System.out.println("wrote " + rows + " rows to " + file);
    }
  }

  private static int write(JsonNode root, DemoSpecs specs, DemoMaterials materials, String tag, Path file)
      throws IOException {
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
          JsonNode attributes = variant.path("attributes");
          String productspec = attributes.path("productspec").path("en-US").asText("");
          DemoSpecs.Spec spec = specs.of(productspec, tag);
          String english = product.path("name").path("en-US").asText() + "\n"
              + product.path("description").path("en-US").asText() + "\n" + productspec;
          Map<String, String> values = new LinkedHashMap<>();
          values.put("id", variants.size() > 1 ? variant.path("sku").asText() : key);
          values.put("item_group_id", variants.size() > 1 ? key : "");
          values.put("title", title(product.path("name").path(tag).asText()));
          values.put("description", product.path("description").path(tag).asText());
          values.put("link", "https://demo.shoptalk.example/" + tag + "/p/"
              + product.path("slug").path(tag).asText(key));
          values.put("image_link", variant.path("images").path(0).asText(""));
          values.put("price", price);
          values.put("availability", "in_stock");
          values.put("color", color(attributes.path("color"), tag));
          values.put("size", size(attributes.path("size"), spec, specs, tag));
          values.put("material", String.join("/", materials.named(english).stream().map(m -> m.name(tag))
              .toList()));
          values.put("product_highlight", AttributeList.list(spec.highlights()));
          values.put("product_detail", finish(attributes.path("finish"), tag));
          MEASURES.forEach(m -> values.put(m, spec.measures().getOrDefault(m, "")));
          values.put("product_type", productType);
          w.write(String.join("\t", COLUMNS.stream().map(c -> field(values.get(c))).toList()) + "\n");
          rows++;
        }
      }
    }
    return rows;
  }

  /** Returns the variant's size, else the sizes its productspec names. */
  private static String size(JsonNode size, DemoSpecs.Spec spec, DemoSpecs specs, String tag) {
    String enGb = size.path("en-GB").asText("");
    return enGb.isEmpty() ? String.join(", ", spec.sizes()) : specs.variantSize(enGb, tag);
  }

  /** Returns the finish as a product detail, {@code General:Finish:Gold}, or empty. */
  private static String finish(JsonNode finish, String tag) {
    if (finish.isMissingNode()) {
      return "";
    }
    List<String> names = new ArrayList<>(FINISH.get(tag));
    names.add(color(finish, tag));
    return AttributeList.item(names);
  }

  /** Returns the title without the quote marks the data puts around names: "Sessel Sally". */
  static String title(String name) {
    return NAME_QUOTES.matcher(name).replaceAll(" ").replaceAll("\\s{2,}", " ").strip();
  }

  /** Returns the variant's colour (or finish) name in the locale; German from {@link #GERMAN_COLORS}. */
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
