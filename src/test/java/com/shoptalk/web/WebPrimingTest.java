package com.shoptalk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.dynamodbv2.model.ScanRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.shoptalk.Config;
import com.shoptalk.ShopTalk;
import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.testing.TestSkill;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SnapStart priming of the web function: every page kind rendered in both languages, and nothing stored. */
class WebPrimingTest {
  private static final String TABLE = "shoptalk-web-priming";

  @TempDir
  Path dataDir;
  private LocalDynamo dynamo;
  private ShopTalk app;

  @BeforeEach
  void start() {
    dynamo = LocalDynamo.inMemory();
    Config config = Config.from(Map.of("TABLE_NAME", TABLE, "MERCHANT_KEY", "priming-merchant-key-000",
        "CATALOG_DIR", TestSkill.DEMO_CATALOGS.toString()));
    app = ShopTalk.local(config, dynamo.table(TABLE), dataDir, Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    dynamo.close();
  }

  @Test
  void priming_renders_each_page_kind_in_english_and_german() {
    List<JsonNode> answers = new WebPriming(app).prime();

    assertEquals(List.of(200, 404, 404, 404, 401, 200, 404, 404, 404, 401),
        answers.stream().map(a -> a.path("statusCode").asInt()).toList());
    assertTrue(answers.get(1).path("body").asText().contains("lang=\"en\""), answers.get(1).toString());
    assertTrue(answers.get(6).path("body").asText().contains("lang=\"de\""), answers.get(6).toString());
    assertTrue(answers.get(9).path("body").asText().contains("<form"), "the merchant's login page: " + answers.get(9));
  }

  @Test
  void priming_and_the_hook_before_a_snapshot_store_nothing() throws Exception {
    var priming = new WebPriming(app);
    assertEquals(10, priming.prime().size());
    priming.beforeCheckpoint(null);

    assertEquals(0, dynamo.client().scan(new ScanRequest(TABLE)).getCount());
  }

  @Test
  void the_same_merchant_page_through_the_pages_themselves_is_counted() {
    new WebPriming(app).prime();

    var pages = new WebHandler(app.webApp());
    assertEquals(401, WebPrimingTest.get(pages, "/merchant"));

    assertTrue(dynamo.client().scan(new ScanRequest(TABLE)).getCount() > 0,
        "the merchant page's rate limit stored nothing: the test above proves nothing");
  }

  private static int get(WebHandler pages, String path) {
    return WebPriming.get(pages, path, "en-US").path("statusCode").asInt();
  }
}
