package com.shoptalk.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shoptalk.insights.LinkCode;
import com.shoptalk.insights.LinkSource;
import com.shoptalk.persistence.DynamoClients;
import com.shoptalk.persistence.DynamoSharingRepository;
import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.persistence.DynamoWishListRepository;
import com.shoptalk.sharing.SharingService;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListItem;
import com.shoptalk.wishlist.WishListOwner;
import com.shoptalk.wishlist.WishListService;
import com.shoptalk.testing.DynamoDbLocalServer;
import com.shoptalk.testing.LambdaEvents;
import com.shoptalk.testing.PackedFunction;
import com.shoptalk.testing.SamFunction;
import com.shoptalk.testing.Ssml;
import com.shoptalk.text.Messages;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The functions as {@code sam build} packs them (the Makefile targets) answer real events under
 * AWS's Java runtime interface client, against DynamoDB Local as a server, with the catalogs built ahead in the
 * catalog layer, and each package holds only what its function needs: code, no catalog; the web function no ASK SDK
 * and no Lucene.
 *
 * <p>Tagged {@code packaging}: it runs {@code sam build}'s Makefile targets (two Maven builds) and
 * starts two JVMs, a few minutes on a busy machine, so {@code ./mvnw test} leaves it out and CI
 * ({@code .ci/run}) runs it on its own: {@code ./mvnw test -Dgroups=packaging}.
 */
@Tag("packaging")
class PackedFunctionsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration INIT = Duration.ofSeconds(60);
  private static final Duration ANSWER = Duration.ofSeconds(30);
  private static final String MERCHANT_KEY = "packed-merchant-key-0000";
  /** The most a package may hold, unzipped (the goal). */
  static final long MAX_PACKAGE_BYTES = 20_000_000;
  /** Lambda's limit for a function's package and its layers together, unzipped. */
  static final long LAMBDA_MAX_UNZIPPED_BYTES = 250L * 1024 * 1024;

  @TempDir
  static Path build;
  static Path skillArtifact;
  static Path webArtifact;
  static Path layer;
  static DynamoDbLocalServer dynamo;
  static PackedFunction skill;
  static PackedFunction web;
  static String sharedList;

  @BeforeAll
  static void packAndStart() {
    skillArtifact = PackedFunction.build("SkillFunction", build.resolve("SkillFunction"));
    webArtifact = PackedFunction.build("WebFunction", build.resolve("WebFunction"));
    layer = PackedFunction.buildLayer(build.resolve("CatalogLayer"), Map.of());
    dynamo = DynamoDbLocalServer.start();
    // MAIL_SENDER makes the skill wire e-mail through SES: the web function must not need it. PRIME_AT_INIT runs
    // the SnapStart priming at init: it must work from each package as packed.
    Map<String, String> env = new HashMap<>(Map.of("TABLE_NAME", "shoptalk-packaging", "DYNAMODB_ENDPOINT",
        dynamo.endpoint(), "SKILL_ID", LambdaEvents.SKILL_ID, "MAIL_SENDER", "noreply@shoptalk.example", "MERCHANT_KEY",
        MERCHANT_KEY, "PRIME_AT_INIT", "true"));
    env.putAll(PackedFunction.catalogsOf(layer));
    skill = PackedFunction.start(SamFunction.of("SkillFunction"), skillArtifact, env);
    web = PackedFunction.start(SamFunction.of("WebFunction"), webArtifact, env);
    skill.awaitInit(INIT);
    web.awaitInit(INIT);
    sharedList = shareAList(DynamoClients.tableAt(dynamo.endpoint(), "shoptalk-packaging", "us-east-1"));
  }

  /** A shopper's wish list with a chair on it, shared with friends: its token. */
  private static String shareAList(DynamoTable table) {
    WishListOwner owner = WishListOwner.account("amzn1.ask.account.PACKED-LIST");
    new WishListService(new DynamoWishListRepository(table), Clock.systemUTC()).add(owner, ListName.DEFAULT,
        new WishListItem("abigail-lounge-chair", "Abigail Lounge Chair", null, new BigDecimal("700.00"), "USD", null,
            "https://demo.shoptalk.example/en-US/p/abigail-lounge-chair", null));
    return new SharingService(new DynamoSharingRepository(table), Clock.systemUTC())
        .share(owner, ListName.DEFAULT, "Anna", Locale.US).token();
  }

  @AfterAll
  static void stop() {
    Stream.of(skill, web).filter(f -> f != null).forEach(PackedFunction::close);
    if (dynamo != null) {
      dynamo.close();
    }
  }

  @Test
  void skill_welcomes_a_new_shopper_in_english() throws IOException {
    String speech = speech(skill.answer(new String(LambdaEvents.launch("en-US", "amzn1.ask.account.PACKED-EN")), ANSWER));
    Ssml.assertValid(speech);
    assertEquals("<speak>" + Messages.of("en-US").ssml("launch.first") + "</speak>", speech);
  }

  @Test
  void skill_welcomes_a_new_shopper_in_german() throws IOException {
    String speech = speech(skill.answer(new String(LambdaEvents.launch("de-DE", "amzn1.ask.account.PACKED-DE")), ANSWER));
    Ssml.assertValid(speech);
    assertEquals("<speak>" + Messages.of("de-DE").ssml("launch.first") + "</speak>", speech);
  }

  @Test
  void skill_searches_its_packed_english_catalog() throws IOException {
    String speech = speech(skill.answer(new String(LambdaEvents.search("en-US", "amzn1.ask.account.PACKED-EN-S",
        "lounge chair")), ANSWER));
    Ssml.assertValid(speech);
    assertTrue(speech.contains("Lounge Chair"), speech);
  }

  @Test
  void skill_searches_its_packed_german_catalog() throws IOException {
    String speech = speech(skill.answer(new String(LambdaEvents.search("de-DE", "amzn1.ask.account.PACKED-DE-S",
        "sessel")), ANSWER));
    Ssml.assertValid(speech);
    assertTrue(speech.contains("Sessel"), speech);
  }

  @Test
  void skill_primes_itself_from_its_package() {
    assertTrue(skill.log().contains("primed the skill before the snapshot: 10 requests"), skill.log());
  }

  @Test
  void web_function_primes_itself_from_its_package() {
    assertTrue(web.log().contains("primed the web pages before the snapshot: 10 requests"), web.log());
  }

  @Test
  void web_function_answers_health_checks() throws IOException {
    JsonNode response = JSON.readTree(web.answer(new String(LambdaEvents.httpGet("/health", "de-DE")), ANSWER));
    assertEquals(200, response.path("statusCode").asInt());
    assertEquals("{\"status\":\"ok\"}", response.path("body").asText());
  }

  @Test
  void web_function_answers_an_unknown_question_link_with_a_page_not_a_stack_trace() throws IOException {
    JsonNode response = JSON.readTree(web.answer(new String(LambdaEvents.httpGet("/q/unknown-token", "en-US")), ANSWER));
    assertEquals(404, response.path("statusCode").asInt());
    assertTrue(response.path("body").asText().contains("<html"), "an HTML page");
    assertFalse(response.path("body").asText().contains("Exception"));
  }

  @Test
  void web_function_leads_a_shop_link_to_the_product_page_of_the_packed_catalog() throws IOException {
    String code = new LinkCode(LinkSource.QUESTION, "de-DE", "abigail-lounge-chair").encode();

    JsonNode response = JSON.readTree(web.answer(new String(LambdaEvents.httpGet("/go/" + code, "de-DE")), ANSWER));

    assertEquals(303, response.path("statusCode").asInt());
    assertTrue(response.path("headers").path("Location").asText()
        .startsWith("https://demo.shoptalk.example/de-DE/p/abigail-lounge-stuhl?utm_source=shoptalk"), response.toString());
  }

  @Test
  void web_function_shows_a_shared_wish_list_to_friends() throws IOException {
    JsonNode response = JSON.readTree(web.answer(new String(LambdaEvents.httpGet("/l/" + sharedList, "en-US")), ANSWER));

    assertEquals(200, response.path("statusCode").asInt(), response.toString());
    assertTrue(response.path("body").asText().contains("Abigail Lounge Chair"), response.path("body").asText());
  }

  @Test
  void web_function_writes_the_merchants_report_as_csv() throws IOException {
    JsonNode response = JSON.readTree(web.answer(new String(LambdaEvents.httpGet("/merchant/insights.csv",
        "en-US", Map.of("authorization", "Bearer " + MERCHANT_KEY))), ANSWER));

    assertEquals(200, response.path("statusCode").asInt(), response.toString());
    assertTrue(response.path("body").asText().startsWith("from,to,locale,product_id,title"), response.path("body").asText());
  }

  @Test
  void catalog_layer_holds_each_locales_catalog_where_lambda_puts_layers() {
    for (String locale : List.of("en-US", "de-DE")) {
      Path catalog = layer.resolve("prebuilt-catalog").resolve(locale);
      assertTrue(Files.isRegularFile(catalog.resolve("manifest.properties")), locale);
      assertTrue(Files.isDirectory(catalog.resolve("index")), locale);
      assertTrue(Files.isRegularFile(catalog.resolve("links.tsv")), locale);
    }
  }

  @Test
  void skill_package_holds_code_and_no_catalog_no_local_run_no_tests_and_no_unused_sdk_modules() throws IOException {
    assertFalse(Files.exists(skillArtifact.resolve("prebuilt-catalog")), "catalogs packed into the skill");
    assertFalse(Files.exists(skillArtifact.resolve("catalog/demo-en-US.tsv")), "demo feed packed");
    assertTrue(Files.isRegularFile(skillArtifact.resolve("com/shoptalk/alexa/SkillHandler.class")));
    // The skill checks the layer's catalogs against the version of the catalog code stamped into its package.
    String stamped = Files.readString(skillArtifact.resolve("catalog/code-version.txt")).strip();
    for (String locale : List.of("en-US", "de-DE")) {
      assertTrue(Files.readString(layer.resolve("prebuilt-catalog").resolve(locale).resolve("manifest.properties"))
          .contains("\ncode=" + stamped + "\n"), locale + " catalog built by other code than " + stamped);
    }
    assertFalse(Files.exists(skillArtifact.resolve("com/shoptalk/web")), "web pages packed into the skill");
    assertNoLocalRunNoTestsNoUnusedModules(skillArtifact);
  }

  @Test
  void web_package_holds_no_ask_sdk_no_lucene_and_no_catalog() throws IOException {
    for (String unused : List.of("com/shoptalk/alexa", "com/shoptalk/catalog", "com/shoptalk/search",
        "com/shoptalk/product", "catalog", "prebuilt-catalog")) {
      assertFalse(Files.exists(webArtifact.resolve(unused)), unused + " packed");
    }
    assertTrue(Files.isRegularFile(webArtifact.resolve("com/shoptalk/web/WebHandler.class")));
    assertTrue(jars(webArtifact).stream().noneMatch(n -> n.startsWith("lucene") || n.startsWith("ask-sdk")
        || n.startsWith("aws-java-sdk-ses") || n.startsWith("angus-mail")), "unexpected jars: " + jars(webArtifact));
    assertNoLocalRunNoTestsNoUnusedModules(webArtifact);
  }

  @Test
  void each_package_is_at_most_20_mb() throws IOException {
    for (Path artifact : List.of(skillArtifact, webArtifact)) {
      assertTrue(bytes(artifact) <= MAX_PACKAGE_BYTES, artifact.getFileName() + ": " + bytes(artifact) + " bytes");
    }
  }

  @Test
  void each_package_with_the_catalog_layer_fits_lambdas_limit() throws IOException {
    for (Path artifact : List.of(skillArtifact, webArtifact)) {
      long bytes = bytes(artifact) + bytes(layer);
      assertTrue(bytes <= LAMBDA_MAX_UNZIPPED_BYTES, artifact.getFileName() + " and the layer: " + bytes + " bytes");
    }
  }

  private static long bytes(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static void assertNoLocalRunNoTestsNoUnusedModules(Path artifact) throws IOException {
    assertFalse(Files.exists(artifact.resolve("com/shoptalk/local")), "local run packed");
    assertFalse(Files.exists(artifact.resolve("com/shoptalk/persistence/LocalDynamo.class")), "LocalDynamo packed");
    assertFalse(Files.exists(artifact.resolve("com/shoptalk/testing")), "test code packed");
    List<String> names = jars(artifact);
    assertTrue(names.stream().noneMatch(n -> n.startsWith("DynamoDBLocal") || n.startsWith("aws-java-sdk-s3")
        || n.startsWith("aws-java-sdk-kms") || n.startsWith("junit") || n.startsWith("mockito")
        || n.startsWith("selenium")), "unexpected jars: " + names);
  }

  private static List<String> jars(Path artifact) throws IOException {
    try (Stream<Path> jars = Files.list(artifact.resolve("lib"))) {
      return jars.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String speech(String response) throws IOException {
    return JSON.readTree(response).path("response").path("outputSpeech").path("ssml").asText();
  }
}
