package com.shoptalk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.question.Fixtures;
import com.shoptalk.ratelimit.RateLimiter;
import com.shoptalk.storage.StorageUnavailableException;
import com.shoptalk.testing.Expect;
import com.shoptalk.text.Templates;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Failures become HTTP answers in one place: the status, a page in the browser's language, never a stack trace. */
class WebFailuresTest {
  private static final String DE = "de-DE,de;q=0.9";

  @Test
  void a_post_the_store_cannot_take_gets_a_503_with_retry_after_and_counts_nothing() throws Exception {
    RateLimiter unavailable = client -> {
      throw new StorageUnavailableException("throttled", null);
    };
    try (var dynamo = LocalDynamo.inMemory(); var site = new QuestionSite(dynamo.table("failures"), unavailable)) {
      String token = site.service.create(Fixtures.whichOne("amzn1.ask.account.failures")).token();
      var friend = site.browser(DE);
      friend.get("/q/" + token);

      var refused = friend.post("/q/" + token + "/vote", Map.of("option", "1"));

      assertEquals(503, refused.statusCode());
      assertEquals("5", refused.headers().firstValue("Retry-After").orElseThrow());
      assertEquals("no-store", refused.headers().firstValue("Cache-Control").orElseThrow());
      Expect.contains("<html lang=\"de\">", refused.body());
      assertFalse(refused.body().contains("StorageUnavailableException"), refused.body());
      assertEquals(List.of(0, 0, 0), site.service.tally(token).counts());
    }
  }

  @Test
  void an_unexpected_failure_is_a_500_page_without_a_stack_trace() throws Exception {
    RateLimiter broken = client -> {
      throw new IllegalStateException("bug");
    };
    try (var dynamo = LocalDynamo.inMemory(); var site = new QuestionSite(dynamo.table("failures"), broken)) {
      String token = site.service.create(Fixtures.whichOne("amzn1.ask.account.failures")).token();
      var friend = site.browser("en-US");
      friend.get("/q/" + token);

      var failed = friend.post("/q/" + token + "/vote", Map.of("option", "1"));

      assertEquals(500, failed.statusCode());
      assertFalse(failed.body().contains("IllegalStateException"), failed.body());
    }
  }

  @Test
  void a_second_answer_for_the_same_failure_is_a_wiring_mistake() {
    var app = new WebApp(new Templates());

    assertThrows(IllegalStateException.class,
        () -> app.on(HttpError.class, (call, error) -> WebResponse.text(418, "")));
  }
}
