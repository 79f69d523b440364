package com.shoptalk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The import command's {@code --product-names}: a merchant's product names in the models' PRODUCT_NAME type. */
class ProductNameSlotTest {
  private static final Path MODELS = Path.of("skill-package/interactionModels/custom");
  private static final String GERMAN_FEED = """
      id\ttitle\tprice
      t-1\tTeekanne „Fuji“ aus Gusseisen\t39.90 EUR
      t-2\tStövchen Kupfer\t19.90 EUR
      t-3\tTeekanne Glas\t24.50 EUR
      """;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return ImportCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static Path copyOf(String locale, Path dir) throws Exception {
    return Files.copy(MODELS.resolve(locale + ".json"), dir.resolve(locale + ".json"));
  }

  private static List<JsonNode> values(Path model) throws Exception {
    JsonNode root = new ObjectMapper().readTree(model.toFile());
    for (JsonNode type : root.path("interactionModel").path("languageModel").path("types")) {
      if (type.path("name").asText().equals("PRODUCT_NAME")) {
        return StreamSupport.stream(type.path("values").spliterator(), false).toList();
      }
    }
    throw new AssertionError("no PRODUCT_NAME in " + model);
  }

  private static JsonNode value(Path model, String id) throws Exception {
    return values(model).stream().filter(v -> v.path("id").asText().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no value " + id));
  }

  private static List<String> synonyms(JsonNode value) {
    return StreamSupport.stream(value.path("name").path("synonyms").spliterator(), false).map(JsonNode::asText)
        .toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void a_feed_without_products_leaves_the_model_byte_for_byte_as_it_was(String locale, @TempDir Path dir)
      throws Exception {
    Path model = copyOf(locale, dir);

    ProductNameSlot.write(model, List.of(), Locale.forLanguageTag(locale));

    assertEquals(Files.readString(MODELS.resolve(locale + ".json")), Files.readString(model));
  }

  @Test
  void an_english_feed_names_its_products_with_their_own_words(@TempDir Path dir) throws Exception {
    Path model = copyOf("en-US", dir);

    int code = run("import", "src/test/resources/catalog/magento-luma/luma-gear-en-US.tsv", "--locale", "en-US",
        "--product-names", model.toString());

    assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
    JsonNode duffle = value(model, "feed:24-MB01");
    assertEquals("joust duffle bag", duffle.path("name").path("value").asText());
    assertTrue(synonyms(duffle).contains("joust"), synonyms(duffle).toString());
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("product names written into " + model),
        out.toString(StandardCharsets.UTF_8));
    assertEquals("chair", values(model).get(0).path("id").asText(), "the hand-written kinds stay first");
  }

  @Test
  void a_german_feed_names_its_products_in_slot_words(@TempDir Path dir) throws Exception {
    Path model = copyOf("de-DE", dir);
    Path feed = Files.writeString(dir.resolve("tee.tsv"), GERMAN_FEED);

    assertEquals(0, run("import", feed.toString(), "--locale", "de-DE", "--product-names", model.toString()),
        err.toString(StandardCharsets.UTF_8));

    JsonNode pot = value(model, "feed:t-1");
    assertEquals("teekanne fuji aus gusseisen", pot.path("name").path("value").asText());
    assertTrue(synonyms(pot).contains("gusseisen"), "a word only this title has: " + synonyms(pot));
    assertTrue(!synonyms(pot).contains("teekanne"), "two titles have it: " + synonyms(pot));
    assertEquals("stövchen kupfer", value(model, "feed:t-2").path("name").path("value").asText());
  }

  @Test
  void importing_again_replaces_the_names_written_before(@TempDir Path dir) throws Exception {
    Path model = copyOf("de-DE", dir);
    Path feed = Files.writeString(dir.resolve("tee.tsv"), GERMAN_FEED);
    run("import", feed.toString(), "--locale", "de-DE", "--product-names", model.toString());
    Files.writeString(feed, "id\ttitle\tprice\nt-9\tMilchkännchen\t9.90 EUR\n");

    assertEquals(0, run("import", feed.toString(), "--locale", "de-DE", "--product-names", model.toString()));

    List<String> fromFeed = values(model).stream().map(v -> v.path("id").asText())
        .filter(id -> id.startsWith(ProductNameSlot.ID_PREFIX)).toList();
    assertEquals(List.of("feed:t-9"), fromFeed);
  }

  @Test
  void a_name_a_hand_written_value_has_is_not_written_twice(@TempDir Path dir) throws Exception {
    Path model = copyOf("en-US", dir);
    List<Product> products = List.of(product("vanilla-candle", "Vanilla Candle"));

    ProductNameSlot.Result result = ProductNameSlot.write(model, products, Locale.US);

    assertEquals(0, result.written());
    long times = values(model).stream().flatMap(v -> java.util.stream.Stream.concat(
        java.util.stream.Stream.of(v.path("name").path("value").asText()), synonyms(v).stream()))
        .filter("vanilla candle"::equals).count();
    assertEquals(1, times);
  }

  @Test
  void a_large_feed_fills_the_model_only_up_to_its_size_limit(@TempDir Path dir) throws Exception {
    Path model = copyOf("de-DE", dir);
    List<Product> products = new ArrayList<>();
    IntStream.range(0, 20_000).forEach(n -> products.add(product("p-" + n, "Designerleuchte Modell " + n + " Nordlicht")));

    ProductNameSlot.Result result = ProductNameSlot.write(model, products, Locale.GERMANY);

    assertTrue(result.written() > 0 && result.written() < products.size(), result.toString());
    assertTrue(Files.size(model) <= ProductNameSlot.MAX_MODEL_BYTES, Files.size(model) + " bytes");
    assertEquals(Files.size(model), result.bytes());
  }

  @Test
  void a_file_that_is_no_interaction_model_is_refused(@TempDir Path dir) throws Exception {
    Path notAModel = Files.writeString(dir.resolve("x.json"), "{\"a\": 1}\n");
    Path feed = Files.writeString(dir.resolve("tee.tsv"), GERMAN_FEED);

    assertEquals(1, run("import", feed.toString(), "--locale", "de-DE", "--product-names", notAModel.toString()));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("no PRODUCT_NAME slot type"),
        err.toString(StandardCharsets.UTF_8));
    assertEquals("{\"a\": 1}\n", Files.readString(notAModel));
  }

  private static Product product(String id, String title) {
    return new Product(id, title, title, "", "https://shop.example/" + id, "", new Money(new BigDecimal("10.00"),
        Currency.getInstance("EUR")), null, "", "", List.of(), List.of(), "", "", "", List.of());
  }
}
