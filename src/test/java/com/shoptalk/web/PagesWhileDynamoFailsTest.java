package com.shoptalk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.question.Fixtures;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.FaultyDynamo;
import com.shoptalk.testing.FaultyDynamo.Faults;
import com.shoptalk.testing.FormBrowser;
import com.shoptalk.text.Messages;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The friends' pages on a real local server while DynamoDB misbehaves (DynamoDB Local behind the
 * fault proxy, the client as deployed): a page the store cannot serve in the page's time is a
 * friendly 503 "busy" page with Retry-After in the browser's language, a vote that cannot be stored
 * gets a 503 that asks to send it again, and every vote a friend was told was taken is counted once.
 */
class PagesWhileDynamoFailsTest {
  private static final String DE = "de-DE,de;q=0.9";
  /** The page's time for the store (2.5 s) and the rest of the answer. */
  private static final Duration LIMIT = Duration.ofMillis(3500);

  private static FaultyDynamo dynamo;
  private static DynamoTable table;
  private static QuestionSite site;

  @BeforeAll
  static void start() throws Exception {
    dynamo = FaultyDynamo.start(Faults.none());
    table = dynamo.table("shoptalk-pages");
    site = new QuestionSite(table, 1000);
  }

  @AfterAll
  static void stop() {
    site.close();
    dynamo.close();
  }

  @BeforeEach
  void noFaults() {
    dynamo.faults(Faults.none());
  }

  @Test
  void a_page_the_store_cannot_serve_in_time_is_a_busy_page_in_the_browsers_language() {
    String token = site.service.create(Fixtures.whichOne("amzn1.ask.account.pages")).token();
    dynamo.faults(Faults.none().slow(1.0, Duration.ofSeconds(5)));

    var busy = timed(() -> site.browser(DE).get("/q/" + token));

    assertEquals(503, busy.statusCode());
    assertEquals("5", busy.headers().firstValue("Retry-After").orElseThrow());
    Expect.contains("<html lang=\"de\">", busy.body());
    Expect.contains(Messages.of("de-DE").text("web.error.503"), busy.body());
  }

  @Test
  void a_vote_the_store_cannot_take_is_a_503_asking_to_send_it_again() {
    String token = site.service.create(Fixtures.whichOne("amzn1.ask.account.pages")).token();
    FormBrowser friend = site.browser(DE);
    assertEquals(200, friend.get("/q/" + token).statusCode());
    dynamo.faults(Faults.none().throttling(1.0));

    var refused = timed(() -> friend.post("/q/" + token + "/vote", Map.of("option", "1")));

    assertEquals(503, refused.statusCode());
    assertEquals("5", refused.headers().firstValue("Retry-After").orElseThrow());
    Expect.contains(Messages.of("de-DE").text("web.error.503.post"), refused.body());
    dynamo.faults(Faults.none());
    assertEquals(List.of(0, 0, 0), site.service.tally(token).counts());
  }

  @Test
  void every_vote_taken_while_40_percent_of_calls_fail_is_counted_once() {
    String token = site.service.create(Fixtures.whichOne("amzn1.ask.account.pages")).token();
    dynamo.faults(Faults.none().serverErrors(0.2).dropped(0.2));
    int friends = 8;
    for (int i = 0; i < friends; i++) {
      FormBrowser friend = site.browser(i % 2 == 0 ? DE : "en-US");
      String option = Integer.toString(i % 3);
      untilNot503(() -> friend.get("/q/" + token));
      // a friend whose vote got a 503 sends it again, as the page asks
      var taken = untilNot503(() -> friend.post("/q/" + token + "/vote", Map.of("option", option)));
      assertEquals(303, taken.statusCode(), taken.body());
    }

    dynamo.faults(Faults.none());
    var tally = site.service.tally(token);
    assertEquals(friends, tally.voters());
    assertEquals(List.of(3, 3, 2), tally.counts());
  }

  private static HttpResponse<String> untilNot503(Supplier<HttpResponse<String>> request) {
    HttpResponse<String> response = null;
    for (int attempt = 0; attempt < 15; attempt++) {
      response = timed(request);
      if (response.statusCode() != 503) {
        return response;
      }
    }
    return response;
  }

  private static HttpResponse<String> timed(Supplier<HttpResponse<String>> request) {
    long start = System.nanoTime();
    HttpResponse<String> response = request.get();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertTrue(took.compareTo(LIMIT) < 0, "answered after " + took.toMillis() + " ms with " + response.statusCode());
    return response;
  }
}
