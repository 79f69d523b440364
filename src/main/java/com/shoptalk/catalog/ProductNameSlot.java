package com.shoptalk.catalog;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a feed's product names into an interaction model's {@code PRODUCT_NAME} slot type, so Alexa hears "how much
 * is the vanilla candle" for the merchant's own products: one value per product (its id {@code feed:<product id>},
 * its spoken name, its title and the title words no other product has as synonyms). Values written before by this
 * class are replaced; the hand-written ones (kinds of product: chair, rug, …) stay, and a name they already use is
 * not written twice. The skill never reads the values' ids, only the words said.
 *
 * <p>The model stays within {@link #MAX_MODEL_BYTES} (the skill management API refuses larger models): products
 * beyond that are left out, in feed order, and {@link Result} says how many.
 */
public final class ProductNameSlot {
  /** The slot type written. */
  public static final String TYPE = "PRODUCT_NAME";
  /** Marks the values this class writes. */
  public static final String ID_PREFIX = "feed:";
  /** The largest model written, in bytes. */
  public static final int MAX_MODEL_BYTES = 1_000_000;
  private static final int MIN_WORD = 4;
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Formats as the models are kept (Python's {@code json.dumps(indent=2, ensure_ascii=False)}). */
  private static final ObjectWriter WRITER = JSON.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
      .withObjectFieldValueSpacing(Separators.Spacing.AFTER).withObjectEmptySeparator("").withArrayEmptySeparator(""))
      .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private ProductNameSlot() {
  }

  /**
   * What was written.
   *
   * @param written  products whose names are in the model now
   * @param products products in the feed
   * @param bytes    the model's size
   */
  public record Result(int written, int products, long bytes) {
  }

  /**
   * Replaces the feed's values of the model's {@code PRODUCT_NAME} type with these products' names.
   *
   * @param model    the interaction model file (e.g. {@code skill-package/interactionModels/custom/de-DE.json})
   * @param products the feed's products, most important first
   * @param locale   the model's locale, for lower-casing
   * @return what was written
   * @throws IOException when the model cannot be read or written
   * @throws IllegalArgumentException when the file is no interaction model with a {@code PRODUCT_NAME} type
   */
  public static Result write(Path model, List<Product> products, Locale locale) throws IOException {
    JsonNode root = JSON.readTree(Files.readString(model, StandardCharsets.UTF_8));
    ArrayNode values = productNameValues(root, model);
    List<JsonNode> kept = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (JsonNode value : values) {
      if (!value.path("id").asText().startsWith(ID_PREFIX)) {
        kept.add(value);
        used.add(value.path("name").path("value").asText().toLowerCase(locale));
        value.path("name").path("synonyms").forEach(s -> used.add(s.asText().toLowerCase(locale)));
      }
    }
    List<ObjectNode> generated = values(products, locale, used);
    int fit = generated.size();
    String text = render(root, values, kept, generated, fit);
    if (bytes(text) > MAX_MODEL_BYTES) {
      int low = 0;
      int high = generated.size();
      while (low < high) {
        int middle = (low + high + 1) / 2;
        if (bytes(render(root, values, kept, generated, middle)) <= MAX_MODEL_BYTES) {
          low = middle;
        } else {
          high = middle - 1;
        }
      }
      fit = low;
      text = render(root, values, kept, generated, fit);
    }
    Files.writeString(model, text, StandardCharsets.UTF_8);
    return new Result(fit, products.size(), bytes(text));
  }

  /** The values for these products, leaving out names in {@code used} (which it extends). */
  static List<ObjectNode> values(List<Product> products, Locale locale, Set<String> used) {
    Map<String, Integer> titlesWithWord = new HashMap<>();
    for (Product product : products) {
      new LinkedHashSet<>(List.of(spoken(product.title(), locale).split(" "))).forEach(
          word -> titlesWithWord.merge(word, 1, Integer::sum));
    }
    List<ObjectNode> values = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Product product : products) {
      String name = spoken(product.spokenName(), locale);
      if (name.isEmpty() || !ids.add(product.id()) || !used.add(name)) {
        continue;
      }
      List<String> synonyms = new ArrayList<>();
      String title = spoken(product.title(), locale);
      if (!title.isEmpty() && used.add(title)) {
        synonyms.add(title);
      }
      for (String word : title.split(" ")) {
        if (word.length() >= MIN_WORD && !word.chars().allMatch(Character::isDigit)
            && titlesWithWord.getOrDefault(word, 0) == 1 && used.add(word)) {
          synonyms.add(word);
        }
      }
      ObjectNode value = JSON.createObjectNode();
      value.put("id", ID_PREFIX + product.id());
      ObjectNode named = value.putObject("name");
      named.put("value", name);
      ArrayNode list = named.putArray("synonyms");
      synonyms.forEach(list::add);
      values.add(value);
    }
    return values;
  }

  /**
   * A name as a slot value: lower case, letters, digits and apostrophes only, one space between words
   * ("Double-walled Espresso Glass" → "double walled espresso glass").
   */
  static String spoken(String name, Locale locale) {
    String text = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC).toLowerCase(locale)
        .replace('’', '\'');
    return String.join(" ", text.replaceAll("[^\\p{L}\\p{N}' ]+", " ").replaceAll("(?<![\\p{L}\\p{N}])'|'(?![\\p{L}\\p{N}])", " ")
        .trim().split("\\s+")).strip();
  }

  private static ArrayNode productNameValues(JsonNode root, Path model) {
    for (JsonNode type : root.path("interactionModel").path("languageModel").path("types")) {
      if (TYPE.equals(type.path("name").asText()) && type.path("values").isArray()) {
        return (ArrayNode) type.path("values");
      }
    }
    throw new IllegalArgumentException(model + " has no " + TYPE + " slot type");
  }

  private static String render(JsonNode root, ArrayNode values, List<JsonNode> kept, List<ObjectNode> generated,
      int count) throws IOException {
    values.removeAll();
    kept.forEach(values::add);
    generated.subList(0, count).forEach(values::add);
    return WRITER.writeValueAsString(root) + "\n";
  }

  private static long bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
