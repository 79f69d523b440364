package com.shoptalk.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shoptalk.testing.FaultyDynamo.Faults;
import com.shoptalk.testing.FaultySkill;
import com.shoptalk.web.WebRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An operator sees every request as one JSON line (also an Embedded Metric Format document): which
 * intent or route, the outcome, the latency and what DynamoDB did — and nothing personal.
 */
class RequestLinesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String USER = "amzn1.ask.account.LOGGED-SHOPPER";
  private static FaultySkill shop;

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private Consumer<String> previous;

  @BeforeAll
  static void start() {
    shop = FaultySkill.start();
    // a fresh JVM's first answers are slow (class loading, JIT): the warm ones are the ones to read
    var warm = shop.device("en-US", "amzn1.ask.account.WARM-UP");
    for (String utterance : List.of("open shop talk", "find a lounge chair", "the first one", "save it")) {
      warm.say(utterance);
    }
  }

  @AfterAll
  static void stop() {
    shop.close();
  }

  @BeforeEach
  void capture() {
    shop.faults(Faults.none());
    previous = RequestLog.sink(lines::add);
  }

  @AfterEach
  void restore() {
    RequestLog.sink(previous);
  }

  @Test
  void a_save_the_throttled_table_refused_is_logged_as_store_failed_with_its_retries() {
    var device = shop.device("de-DE", USER);
    device.say("finde einen sessel");
    device.say("die erste");
    shop.faults(Faults.none().throttling(1.0));
    lines.clear();

    device.say("merk dir das");

    JsonNode line = onlyLine();
    assertEquals("skill", line.path("function").asText());
    assertEquals("AddToWishListIntent", line.path("intent").asText());
    assertEquals("de-DE", line.path("locale").asText());
    assertEquals("store-failed", line.path("outcome").asText());
    assertEquals("WARN", line.path("level").asText());
    assertTrue(line.path("store").path("throttled").asInt() >= 1, line.toString());
    assertTrue(line.path("store").path("retries").asInt() >= 1, line.toString());
    assertTrue(line.path("store").path("failedWrites").asInt() >= 1, line.toString());
    assertEquals("ThrottlingException (HTTP 400)", line.path("store").path("lastFault").asText());
    assertTrue(line.path("latencyMs").asLong() >= 0);
  }

  @Test
  void a_search_is_logged_without_the_shoppers_words_or_id() {
    var device = shop.device("en-US", USER);
    lines.clear();

    device.say("find a lounge chair");

    JsonNode line = onlyLine();
    assertEquals("SearchIntent", line.path("intent").asText());
    assertEquals("ok", line.path("outcome").asText(), line.toString());
    assertEquals("INFO", line.path("level").asText());
    assertFalse(line.toString().toLowerCase().contains("lounge"), line.toString());
    assertFalse(line.toString().contains(USER), line.toString());
  }

  @Test
  void a_launch_without_its_profile_is_a_fallback() {
    shop.faults(Faults.none().throttling(1.0));

    shop.device("en-US", USER).say("open shop talk");

    JsonNode line = onlyLine();
    assertEquals("LaunchRequest", line.path("intent").asText());
    assertEquals("fallback", line.path("outcome").asText());
    assertEquals(1, line.path("store").path("failedReads").asInt());
  }

  @Test
  void the_line_carries_the_metrics_in_embedded_metric_format() {
    shop.device("en-US", USER).say("open shop talk");

    JsonNode line = onlyLine();
    JsonNode directive = line.path("_aws").path("CloudWatchMetrics").path(0);
    assertEquals("ShopTalk", directive.path("Namespace").asText());
    assertEquals("Function", directive.path("Dimensions").path(0).path(0).asText());
    assertTrue(line.path("_aws").path("Timestamp").asLong() > 0);
    for (JsonNode metric : directive.path("Metrics")) {
      assertTrue(line.path(metric.path("Name").asText()).isNumber(), "a value for " + metric);
    }
    assertEquals("skill", line.path("Function").asText());
  }

  @Test
  void every_alarm_on_shoptalk_metrics_watches_a_metric_the_lines_carry() throws Exception {
    shop.device("en-US", USER).say("open shop talk");
    JsonNode line = onlyLine();
    var carried = new HashSet<String>();
    line.path("_aws").path("CloudWatchMetrics").path(0).path("Metrics").forEach(m -> carried.add(m.path("Name").asText()));

    var template = Files.readAllLines(Path.of("template.yaml"));
    int alarms = 0;
    for (int i = 0; i < template.size(); i++) {
      if (template.get(i).strip().equals("Namespace: ShopTalk")) {
        String metric = template.get(i + 1).strip().replace("MetricName: ", "");
        String function = template.get(i + 4).strip().replace("Value: ", "");
        assertTrue(carried.contains(metric), "the request lines carry no metric " + metric);
        assertTrue(Set.of("skill", "web").contains(function), "no function is called " + function);
        alarms++;
      }
    }
    assertTrue(alarms >= 4, "alarms on not-done answers, errors of both functions and latency");
  }

  @Test
  void a_page_is_logged_by_its_route_never_by_its_path() {
    String token = shop.app().questions().create(com.shoptalk.question.Fixtures.whichOne(USER)).token();
    lines.clear();

    var response = shop.app().webApp().handle(new WebRequest("GET", "/q/" + token, Map.of(),
        Map.of("accept-language", "de"), Map.of(), "", "127.0.0.1"), "req-1");

    assertEquals(200, response.status());
    JsonNode line = onlyLine();
    assertEquals("web", line.path("function").asText());
    assertEquals("req-1", line.path("requestId").asText());
    assertEquals("GET /q/{token}", line.path("route").asText());
    assertEquals(200, line.path("status").asInt());
    assertEquals("de-DE", line.path("locale").asText());
    assertFalse(line.toString().contains(token), line.toString());
  }

  @Test
  void snapstart_priming_before_the_snapshot_writes_no_request_line() {
    var skillAnswers = new com.shoptalk.alexa.SkillPriming(shop.app()).prime();
    var pageAnswers = new com.shoptalk.web.WebPriming(shop.app()).prime();

    assertEquals(10, skillAnswers.size());
    assertFalse(pageAnswers.isEmpty());
    assertEquals(List.of(), lines, "rehearsals are no requests");
    shop.device("en-US", USER).say("open shop talk");
    assertEquals(1, lines.size(), "after priming, requests are logged again");
  }

  private JsonNode onlyLine() {
    assertEquals(1, lines.size(), "one line per request: " + lines);
    try {
      return JSON.readTree(lines.get(0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
