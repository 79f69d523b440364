package com.shoptalk.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.dynamodbv2.model.ScanRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shoptalk.Config;
import com.shoptalk.ShopTalk;
import com.shoptalk.catalog.Product;
import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.testing.LambdaEvents;
import com.shoptalk.testing.Ssml;
import com.shoptalk.testing.TestSkill;
import com.shoptalk.text.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SnapStart priming of the skill: a conversation in each locale before the snapshot, and nothing left behind. */
class SkillPrimingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TABLE = "shoptalk-priming";

  @TempDir
  Path dataDir;
  private LocalDynamo dynamo;
  private ShopTalk app;

  @BeforeEach
  void start() {
    dynamo = LocalDynamo.inMemory();
    Config config = Config.from(Map.of("TABLE_NAME", TABLE, "SKILL_ID", LambdaEvents.SKILL_ID,
        "CATALOG_DIR", TestSkill.DEMO_CATALOGS.toString()));
    app = ShopTalk.local(config, dynamo.table(TABLE), dataDir, Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    dynamo.close();
  }

  @Test
  void priming_finds_products_of_the_english_catalog() throws IOException {
    String search = speech(new SkillPriming(app).prime().get(1));

    Ssml.assertValid(search);
    assertTrue(search.contains(firstFound(Locale.US)), search);
  }

  @Test
  void priming_finds_products_of_the_german_catalog() throws IOException {
    String search = speech(new SkillPriming(app).prime().get(6));

    Ssml.assertValid(search);
    assertTrue(search.contains(firstFound(Locale.GERMANY)), search);
  }

  @Test
  void every_priming_answer_is_spoken_and_none_is_an_error() throws IOException {
    List<String> answers = new SkillPriming(app).prime();

    assertEquals(10, answers.size());
    for (String answer : answers) {
      String speech = speech(answer);
      Ssml.assertValid(speech);
      assertFalse(speech.contains(Messages.of("en-US").ssml("error.general")), speech);
      assertFalse(speech.contains(Messages.of("de-DE").ssml("error.general")), speech);
    }
  }

  @Test
  void priming_and_the_hook_before_a_snapshot_store_nothing_and_send_no_mail() throws Exception {
    var priming = new SkillPriming(app);
    assertEquals(10, priming.prime().size());
    priming.beforeCheckpoint(null);

    assertEquals(0, items());
    assertFalse(Files.exists(dataDir.resolve("outbox")) && hasFiles(dataDir.resolve("outbox")), "an e-mail was written");
  }

  @Test
  void the_same_launch_through_the_skill_itself_is_stored() {
    new SkillPriming(app).prime();
    assertEquals(0, items());

    new SkillHandler(app).handle(LambdaEvents.launch("en-US", SkillPriming.USER_ID));

    assertTrue(items() > 0, "the launch stored nothing: the priming test above proves nothing");
  }

  private int items() {
    return dynamo.client().scan(new ScanRequest(TABLE)).getCount();
  }

  private String firstFound(Locale locale) {
    var catalog = app.catalogs().forLocale(locale);
    String biggest = catalog.categories().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    List<Product> found = catalog.search(catalog.parse(biggest)).products();
    return found.get(0).spokenName();
  }

  private static String speech(String answer) throws IOException {
    return JSON.readTree(answer).path("response").path("outputSpeech").path("ssml").asText();
  }

  private static boolean hasFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.findAny().isPresent();
    }
  }
}
