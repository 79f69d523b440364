package com.shoptalk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shoptalk.insights.AskKind;
import com.shoptalk.insights.FriendVote;
import com.shoptalk.insights.LinkSource;
import com.shoptalk.insights.ProductRef;
import com.shoptalk.persistence.LocalDynamo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The merchant's report over real HTTP: the key, the login, the numbers, both languages. */
class MerchantPagesTest {
  /** How long the voted-on question is kept (its comments go with it). */
  private static final Duration QUESTION_KEPT = Duration.ofDays(60);

  private static final String BEARER = "Bearer " + MerchantSite.KEY;
  private static final List<ProductRef> CHAIRS = List.of(
      new ProductRef("oslo", "Lounge Chair Oslo"), new ProductRef("bergen", "Rocking <b>Chair</b> Bergen"));
  private static LocalDynamo dynamo;

  private MerchantSite site;

  @BeforeAll
  static void start() {
    dynamo = LocalDynamo.inMemory();
  }

  @AfterAll
  static void stop() {
    dynamo.close();
  }

  @AfterEach
  void close() {
    if (site != null) {
      site.close();
    }
  }

  private MerchantSite site(String key, int requestsPerMinute) {
    site = new MerchantSite(dynamo, key, requestsPerMinute, (locale, id) -> Optional.empty());
    return site;
  }

  @Test
  void without_the_key_the_report_answers_401_with_a_login_form() {
    var site = site(MerchantSite.KEY, 100);

    var page = site.get("/merchant", "Accept-Language", "en-US");

    assertEquals(401, page.statusCode());
    assertTrue(page.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Bearer"));
    assertTrue(page.body().contains("<form method=\"post\" action=\"/merchant/login\">"), page.body());
    assertTrue(page.body().contains("Enter the merchant key"));
    assertEquals(401, site.get("/merchant/insights.csv").statusCode());
    assertEquals(401, site.get("/merchant/insights.json").statusCode());
  }

  @Test
  void a_wrong_key_answers_401() {
    var site = site(MerchantSite.KEY, 100);

    var csv = site.get("/merchant/insights.csv", "Authorization", "Bearer " + MerchantSite.KEY + "x");

    assertEquals(401, csv.statusCode());
    assertEquals("The merchant report needs the merchant key: send it as the header “Authorization: Bearer <key>”.\n", csv.body());
    assertEquals(401, site.get("/merchant/insights.csv", "Authorization", "Bearer").statusCode());
    assertEquals(401, site.get("/merchant/insights.csv", "Authorization", "Basic " + MerchantSite.KEY).statusCode());
  }

  @Test
  void with_the_key_the_csv_has_one_row_per_product_with_small_numbers_hidden() {
    var site = site(MerchantSite.KEY, 100);
    for (int i = 0; i < 4; i++) {
      site.recorder.clicked(LinkSource.QUESTION, "en-US", CHAIRS.get(0));
    }
    site.recorder.clicked(LinkSource.BUY, "en-US", CHAIRS.get(0));

    var csv = site.get("/merchant/insights.csv?since=7d", "Authorization", BEARER);

    assertEquals(200, csv.statusCode());
    assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
    String[] lines = csv.body().split("\r\n");
    assertEquals("from,to,locale,product_id,title,asked_buy_or_not,asked_which_one,votes_buy,votes_dont_buy,"
        + "which_one_wins,which_one_losses,wish_list_saves,gifts_reserved,clicks_question,clicks_list,clicks_buy", lines[0]);
    assertEquals(2, lines.length);
    assertTrue(lines[1].endsWith(",en-US,oslo,Lounge Chair Oslo,<3,<3,<3,<3,<3,<3,<3,<3,4,<3,<3"), lines[1]);
  }

  @Test
  void the_json_report_carries_the_counts_and_shared_comments() throws Exception {
    var site = site(MerchantSite.KEY, 100);
    for (int i = 0; i < 3; i++) {
      site.recorder.friendVoted(new FriendVote("en-US", AskKind.WHICH_ONE, CHAIRS, "q", site.clock.instant(), site.clock.instant().plus(QUESTION_KEPT), "v" + i,
          1, null, null, "Comment " + i, i == 0));
    }

    var json = site.get("/merchant/insights.json", "Authorization", BEARER);

    var report = new ObjectMapper().readTree(json.body());
    var bergen = report.get("products").get(1);
    assertEquals("bergen", bergen.get("productId").asText());
    assertEquals(3, bergen.get("counts").get("whichOneWins").asInt());
    assertEquals("<3", bergen.get("counts").get("whichOneLosses").asText());
    assertEquals(1, bergen.get("comments").size(), "only the comment its friend shared");
    assertEquals("Comment 0", bergen.get("comments").get(0).get("text").asText());
    assertEquals("chose_this", bergen.get("comments").get(0).get("stance").asText());
  }

  @Test
  void the_login_form_sets_an_http_only_cookie_that_opens_the_report() {
    var site = site(MerchantSite.KEY, 100);
    var browser = site.browser("en-US");

    var login = browser.post("/merchant/login", "key=" + MerchantSite.KEY, Map.of("Origin", site.uri("/").toString().replaceAll("/$", "")));

    assertEquals(303, login.statusCode());
    assertEquals("/merchant", login.headers().firstValue("Location").orElseThrow());
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.startsWith("merchant="), cookie);
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    assertFalse(cookie.contains(MerchantSite.KEY), "the cookie does not hold the key");
    var page = browser.get("/merchant");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("What friends say about your products"));
  }

  @Test
  void a_wrong_key_in_the_login_form_answers_401_and_says_so() {
    var site = site(MerchantSite.KEY, 100);

    var login = site.browser("de-DE").post("/merchant/login", "key=guess", Map.of());

    assertEquals(401, login.statusCode());
    assertTrue(login.body().contains("Dieser Schlüssel stimmt nicht."), login.body());
    assertTrue(login.headers().allValues("Set-Cookie").isEmpty());
  }

  @Test
  void a_forged_or_expired_cookie_does_not_open_the_report() {
    var site = site(MerchantSite.KEY, 100);
    var browser = site.browser("en-US");
    browser.post("/merchant/login", "key=" + MerchantSite.KEY, Map.of());
    String session = browser.cookies.get("merchant");

    browser.cookies.put("merchant", session.substring(0, session.length() - 2) + "xx");
    assertEquals(401, browser.get("/merchant").statusCode());
    browser.cookies.put("merchant", session);
    site.clock.advance(Duration.ofHours(9));
    assertEquals(401, browser.get("/merchant").statusCode());
  }

  @Test
  void logging_out_ends_the_session() {
    var site = site(MerchantSite.KEY, 100);
    var browser = site.browser("en-US");
    browser.post("/merchant/login", "key=" + MerchantSite.KEY, Map.of());

    var logout = browser.post("/merchant/logout", "", Map.of());

    assertEquals(303, logout.statusCode());
    assertTrue(logout.headers().firstValue("Set-Cookie").orElseThrow().contains("Max-Age=0"));
    assertEquals(401, browser.get("/merchant").statusCode());
  }

  @Test
  void a_login_post_from_another_site_is_refused() {
    var site = site(MerchantSite.KEY, 100);

    var login = site.browser("en-US").post("/merchant/login", "key=" + MerchantSite.KEY,
        Map.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"));

    assertEquals(403, login.statusCode());
  }

  @Test
  void too_many_tries_from_one_client_are_refused_for_the_minute() {
    var site = site(MerchantSite.KEY, 5);
    for (int i = 0; i < 5; i++) {
      assertEquals(401, site.get("/merchant/insights.csv", "Authorization", "Bearer guess-" + i).statusCode());
    }

    var refused = site.get("/merchant/insights.csv", "Authorization", BEARER);

    assertEquals(429, refused.statusCode());
    assertTrue(refused.headers().firstValue("Retry-After").isPresent());
    site.clock.advance(Duration.ofMinutes(1));
    assertEquals(200, site.get("/merchant/insights.csv", "Authorization", BEARER).statusCode());
  }

  @Test
  void without_a_configured_key_the_report_stays_closed() {
    var site = site(null, 100);

    var page = site.get("/merchant", "Authorization", "Bearer ", "Accept-Language", "en-US");

    assertEquals(401, page.statusCode());
    assertTrue(page.body().contains("No merchant key is set"), page.body());
    assertEquals(401, site.browser("en-US").post("/merchant/login", "key=", Map.of()).statusCode());
  }

  @Test
  void the_report_page_shows_charts_and_hides_small_numbers_in_english() {
    var site = site(MerchantSite.KEY, 100);
    for (int i = 0; i < 5; i++) {
      site.recorder.friendVoted(new FriendVote("en-US", AskKind.BUY_OR_NOT, CHAIRS.subList(1, 2), "q", site.clock.instant(), site.clock.instant().plus(QUESTION_KEPT),
          "v" + i, 0, null, null, null, false));
    }
    site.recorder.friendVoted(new FriendVote("en-US", AskKind.BUY_OR_NOT, CHAIRS.subList(1, 2), "q", site.clock.instant(), site.clock.instant().plus(QUESTION_KEPT),
        "v9", 1, null, null, "Too <script>big</script>", true));

    var page = site.get("/merchant", "Authorization", BEARER, "Accept-Language", "en-US,en;q=0.8");

    assertEquals(200, page.statusCode());
    String html = page.body();
    assertTrue(html.contains("<html lang=\"en\">"));
    assertTrue(html.contains("Buy or don&#39;t buy: friends&#39; votes"), html);
    assertTrue(html.contains("<svg viewBox=\"0 0 640"), html);
    assertTrue(html.contains("Rocking &lt;b&gt;Chair&lt;/b&gt; Bergen"), "titles are escaped");
    assertTrue(html.contains(">fewer than 3</text>"), "a hidden bar says so");
    assertTrue(html.contains("<td class=\"hidden\">fewer than 3</td>"));
    assertTrue(html.contains("<td>5</td>"));
    assertTrue(html.contains("said: skip it"));
    assertTrue(html.contains("Too &lt;script&gt;big&lt;/script&gt;"), "comments are escaped");
    assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
  }

  @Test
  void the_report_page_speaks_german_to_a_german_browser() {
    var site = site(MerchantSite.KEY, 100);
    for (int i = 0; i < 3; i++) {
      site.recorder.savedToWishList("de-DE", new ProductRef("sessel", "Sessel Oslo"));
      site.recorder.clicked(LinkSource.LIST, "de-DE", new ProductRef("sessel", "Sessel Oslo"));
    }

    var page = site.get("/merchant?since=7d", "Authorization", BEARER, "Accept-Language", "de-DE,de;q=0.9");

    String html = page.body();
    assertTrue(html.contains("<html lang=\"de\">"));
    assertTrue(html.contains("Was Freunde über Ihre Produkte sagen"));
    assertTrue(html.contains("<strong aria-current=\"page\">7 Tage</strong>"), html);
    assertTrue(html.contains("<td class=\"hidden\">weniger als 3</td>"));
    assertTrue(html.contains("Klicks in den Shop, nach Herkunft"));
    assertTrue(html.contains("Keine freigegebenen Kommentare in diesem Zeitraum."));
  }

  @Test
  void a_period_out_of_range_gets_a_400_page() {
    var site = site(MerchantSite.KEY, 100);

    var page = site.get("/merchant?since=9999d", "Authorization", BEARER, "Accept-Language", "en-US");

    assertEquals(400, page.statusCode());
    assertTrue(page.body().contains("Please choose a period of 1 to 366 days"));
  }

  @Test
  void the_lambda_entry_point_answers_the_sample_event_401_and_with_the_key_the_csv() throws Exception {
    var site = site(MerchantSite.KEY, 100);
    var event = (ObjectNode) new ObjectMapper().readTree(Path.of("events/web-merchant.json").toFile());

    assertEquals(401, lambda(site, event).get("statusCode").asInt());
    ((ObjectNode) event.get("headers")).put("authorization", BEARER);
    var answer = lambda(site, event);
    assertEquals(200, answer.get("statusCode").asInt());
    assertTrue(answer.get("body").asText().startsWith("from,to,locale,product_id,title,"));
  }

  private static JsonNode lambda(MerchantSite site, JsonNode event) throws Exception {
    var out = new ByteArrayOutputStream();
    new WebHandler(site.app).handleRequest(new ByteArrayInputStream(new ObjectMapper().writeValueAsBytes(event)), out, null);
    return new ObjectMapper().readTree(out.toByteArray());
  }

  @Test
  void an_empty_period_says_nothing_happened_yet() {
    var site = site(MerchantSite.KEY, 100);

    var page = site.get("/merchant", "Authorization", BEARER, "Accept-Language", "en-US");

    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("Nothing happened in this period yet"));
    assertFalse(page.body().contains("<svg"));
  }
}
