package com.shoptalk.web;

import com.shoptalk.testing.FormBrowser;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.question.Fixtures;
import com.shoptalk.question.NewQuestion;
import com.shoptalk.question.QuestionKind;
import com.shoptalk.question.QuestionOption;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionPagesTest {
  private static final String EN = "en-US,en;q=0.8";
  private static final String DE = "de-DE,de;q=0.9,en;q=0.5";
  private static LocalDynamo dynamo;

  private QuestionSite site;
  private String user;

  @BeforeAll
  static void startDynamo() {
    dynamo = LocalDynamo.inMemory();
  }

  @AfterAll
  static void stopDynamo() {
    dynamo.close();
  }

  @BeforeEach
  void startSite() throws Exception {
    site = new QuestionSite(dynamo, 1000);
    user = "amzn1.ask.account." + UUID.randomUUID();
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  @Test
  void shows_who_asks_the_question_and_the_options_in_english() {
    String token = site.service.create(Fixtures.whichOne(user)).token();

    var page = site.browser(EN).get("/q/" + token);

    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<html lang=\"en\">"));
    assertTrue(page.body().contains("<strong><bdi>Anna</bdi></strong> asks"), page.body());
    assertTrue(page.body().contains("Which one should I buy?"));
    assertTrue(page.body().contains("rocking chair Bergen"));
    assertTrue(page.body().contains("$249.99"));
    assertFalse(page.body().contains(".00"), "whole prices without cents");
    assertTrue(page.body().contains("alt=\"Lounge Chair Oslo, oak and grey wool\""));
    assertTrue(page.body().contains("href=\"" + site.server.baseUri() + "/go/qeY2hhaXItMQ\" target=\"_blank\" rel=\"noopener noreferrer\""),
        "the shop link counts the click (/go/<code>)");
    assertTrue(page.body().contains(">Vote for this one</button>"));
  }

  @Test
  void an_option_whose_id_no_counting_link_can_carry_still_links_to_the_shop_in_both_languages() {
    String oddId = "\uD83E\uDE91".repeat(150); // 150 chairs: 150 code points, 300 UTF-16 units
    var chair = new QuestionOption(oddId, "Lounge Chair Oslo", "chair Oslo", new BigDecimal("249.99"), "USD",
        null, "https://shop.example/p/c?ref=feed");
    String token = site.service.create(new NewQuestion(user, null, "Anna", QuestionKind.ABOUT_ONE, null, List.of(chair), "en-US", null)).token();

    var english = site.browser(EN).get("/q/" + token);
    var german = site.browser(DE).get("/q/" + token);

    String link = "href=\"https://shop.example/p/c?ref&#61;feed&amp;utm_source&#61;shoptalk&amp;utm_medium&#61;friends&amp;utm_campaign&#61;ask-friends\"";
    assertEquals(200, english.statusCode());
    assertTrue(english.body().contains(link + " target=\"_blank\" rel=\"noopener noreferrer\">View in the shop"), english.body());
    assertEquals(200, german.statusCode());
    assertTrue(german.body().contains(link + " target=\"_blank\" rel=\"noopener noreferrer\">Im Shop ansehen"), german.body());
  }

  @Test
  void shows_the_page_in_german_for_a_german_browser() {
    var chair = new QuestionOption("c", "Loungesessel Oslo", "Sessel Oslo", new BigDecimal("249.99"), "EUR",
        "https://shop.example/img/c.jpg", "https://shop.example/p/c");
    String token = site.service.create(new NewQuestion(user, null, "Jonas", QuestionKind.ABOUT_ONE, null, List.of(chair), "de-DE", null)).token();

    var page = site.browser(DE).get("/q/" + token);

    assertTrue(page.body().contains("<html lang=\"de\">"));
    assertTrue(page.body().contains("<strong><bdi>Jonas</bdi></strong> fragt"));
    assertTrue(page.body().contains("Soll ich das kaufen?"));
    assertTrue(page.body().contains("249,99\u00a0€"), page.body());
    assertTrue(page.body().contains(">Kaufen</button>"));
    assertTrue(page.body().contains(">Lieber nicht</button>"));
  }

  @Test
  void says_a_friend_asks_when_the_name_may_not_be_shown() {
    String token = site.service.create(new NewQuestion(user, null, null, QuestionKind.ABOUT_ONE, null,
        List.of(Fixtures.loungeChair()), "en-US", null)).token();

    var page = site.browser(EN).get("/q/" + token);

    assertTrue(page.body().contains("A friend asks"));
    assertFalse(page.body().contains("Anna"));
  }

  @Test
  void carries_link_preview_tags_and_a_title() {
    String token = site.service.create(Fixtures.whichOne(user)).token();

    String html = site.browser(EN).get("/q/" + token).body();

    assertTrue(html.contains("<title>Anna asks: Which one should I buy? – ShopTalk</title>"));
    assertTrue(html.contains("<meta property=\"og:title\" content=\"Anna asks: Which one should I buy?\">"));
    assertTrue(html.contains("<meta property=\"og:type\" content=\"website\">"));
    assertTrue(html.contains("<meta property=\"og:image\" content=\"https://shop.example/img/chair-1.jpg\">"));
    assertTrue(html.contains("<meta property=\"og:description\" content=\"lounge chair Oslo · rocking chair Bergen · Bean Bag XL"));
  }

  @Test
  void is_not_cached_and_gives_the_browser_voter_and_csrf_cookies() {
    String token = site.service.create(Fixtures.whichOne(user)).token();

    var page = site.browser(EN).get("/q/" + token);

    assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
    assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElseThrow());
    List<String> cookies = page.headers().allValues("Set-Cookie");
    assertEquals(2, cookies.size());
    for (String cookie : cookies) {
      assertTrue(cookie.matches("(voter|csrf)=[A-Za-z0-9_-]{22}; Path=/; Max-Age=7776000; HttpOnly; SameSite=Lax"), cookie);
    }
  }

  @Test
  void cookies_are_secure_behind_https() {
    String token = site.service.create(Fixtures.whichOne(user)).token();
    var browser = site.browser(EN);

    var page = browser.post("/q/" + token + "/vote", "", Map.of("X-Forwarded-Proto", "https"));

    assertEquals(403, page.statusCode());
    page.headers().allValues("Set-Cookie").forEach(cookie -> assertTrue(cookie.startsWith("__Host-") && cookie.endsWith("; Secure"), cookie));
    assertTrue(site.browser(EN).get("/q/" + token).headers().allValues("Set-Cookie").stream().noneMatch(c -> c.contains("Secure")));
  }

  @Test
  void a_vote_redirects_back_and_shows_thanks_and_the_tally() {
    String token = site.service.create(Fixtures.whichOne(user)).token();
    var friend = site.browser(EN);
    friend.get("/q/" + token);

    var posted = friend.post("/q/" + token + "/vote", Map.of("option", "1"));

    assertEquals(303, posted.statusCode());
    assertEquals("/q/" + token + "#result", posted.headers().firstValue("Location").orElseThrow());
    String html = friend.get("/q/" + token).body();
    assertTrue(html.contains("Thanks for answering!"));
    assertTrue(html.contains("Your vote: <strong><bdi>rocking chair Bergen</bdi></strong>."));
    assertTrue(html.contains("1 friend answered."));
    assertTrue(html.contains("<progress max=\"1\" value=\"1\""));
    assertEquals(List.of(0, 1, 0), site.service.tally(token).counts());
  }

  @Test
  void the_tally_stays_hidden_until_the_friend_answered() {
    String token = site.service.create(Fixtures.whichOne(user)).token();
    site.service.vote(token, "someone-else", 0, "Ben", "nice");

    String html = site.browser(EN).get("/q/" + token).body();

    assertFalse(html.contains("id=\"result\""));
    assertFalse(html.contains("nice"));
  }

  @Test
  void changing_a_vote_moves_it_and_counts_once() {
    String token = site.service.create(Fixtures.whichOne(user)).token();
    var friend = site.browser(EN);
    friend.get("/q/" + token);

    friend.post("/q/" + token + "/vote", Map.of("option", "0"));
    friend.post("/q/" + token + "/vote", Map.of("option", "2"));

    assertEquals(List.of(0, 0, 1), site.service.tally(token).counts());
    assertTrue(friend.get("/q/" + token).body().contains("Your vote: <strong><bdi>Bean Bag XL</bdi></strong>."));
  }

  @Test
  void about_one_counts_buy_and_skip_from_different_friends() {
    String token = site.service.create(Fixtures.aboutOne(user)).token();
    for (String option : List.of("0", "0", "1")) {
      var friend = site.browser(EN);
      friend.get("/q/" + token);
      friend.post("/q/" + token + "/vote", Map.of("option", option));
    }

    assertEquals(List.of(2, 1), site.service.tally(token).counts());
  }

  @Test
  void names_and_comments_are_shown_escaped() {
    String token = site.service.create(Fixtures.whichOne(user)).token();
    var friend = site.browser(EN);
    friend.get("/q/" + token);

    friend.post("/q/" + token + "/vote", Map.of("option", "0", "name", "<b>Ben</b>", "comment", "<script>alert(1)</script> & \"so\" 'good'"));

    String html = friend.get("/q/" + token).body();
    assertFalse(html.contains("<script>alert(1)"));
    assertFalse(html.contains("<b>Ben"));
    assertTrue(html.contains("&lt;b&gt;Ben&lt;/b&gt;"));
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;so&quot;"), html);
  }

  @Test
  void an_idea_with_a_link_is_shown_with_the_links_domain() {
    String token = site.service.create(Fixtures.ideas(user)).token();
    var friend = site.browser(EN);
    String form = friend.get("/q/" + token).body();
    assertTrue(form.contains("gift ideas for my sister"));

    var posted = friend.post("/q/" + token + "/idea",
        Map.of("idea", "A pottery class", "link", "https://www.pottery.example/classes?city=berlin", "name", "Cleo"));

    assertEquals(303, posted.statusCode());
    String html = friend.get("/q/" + token).body();
    assertTrue(html.contains("A pottery class"));
    assertTrue(html.contains("<a href=\"https://www.pottery.example/classes?city&#61;berlin\" target=\"_blank\" rel=\"nofollow noopener noreferrer ugc\">pottery.example</a>")
        || html.contains("<a href=\"https://www.pottery.example/classes?city=berlin\" target=\"_blank\" rel=\"nofollow noopener noreferrer ugc\">pottery.example</a>"), html);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US,en;q=0.8          | en-US | my sister      | <h1>Any ideas for my sister?</h1>              | <title>Anna asks: Any ideas for my sister? – ShopTalk</title>
      de-DE,de;q=0.9,en;q=0.5 | de-DE | meine Schwester | <h1>Hast du eine Idee für meine Schwester?</h1> | <title>Anna fragt: Hast du eine Idee für meine Schwester? – ShopTalk</title>
      """)
  void an_ideas_question_reads_as_one_sentence_in_the_askers_words(String language, String locale, String topic,
      String heading, String title) {
    String token = site.service.create(new NewQuestion(user, null, "Anna", QuestionKind.IDEAS, topic, List.of(), locale, null)).token();

    String page = site.browser(language).get("/q/" + token).body();

    assertTrue(page.contains(heading), page);
    assertTrue(page.contains(title), page);
    assertFalse(page.contains("class=\"topic\""), "no second, bare topic line");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US,en;q=0.8          | https://ben:secret@pottery.example/ | without a user name or password | 500 characters
      de-DE,de;q=0.9,en;q=0.5 | https://ben:secret@pottery.example/ | ohne Benutzernamen oder Passwort | höchstens 500 Zeichen
      """)
  void a_refused_idea_link_is_told_what_is_wrong_with_it(String language, String withPassword, String notAnAddress,
      String tooLong) {
    String token = site.service.create(Fixtures.ideas(user)).token();
    var friend = site.browser(language);
    friend.get("/q/" + token);

    var credentials = friend.post("/q/" + token + "/idea", Map.of("idea", "Pottery", "link", withPassword));
    var longLink = friend.post("/q/" + token + "/idea",
        Map.of("idea", "Pottery", "link", "https://pottery.example/" + "a".repeat(500)));

    assertEquals(400, credentials.statusCode());
    assertTrue(credentials.body().contains(notAnAddress), credentials.body());
    assertEquals(400, longLink.statusCode());
    assertTrue(longLink.body().contains(tooLong), longLink.body());
    assertFalse(longLink.body().contains("http://"), "a long https link is not told to start with http://");
  }

  @Test
  void an_idea_with_a_javascript_link_is_refused() {
    String token = site.service.create(Fixtures.ideas(user)).token();
    var friend = site.browser(EN);
    friend.get("/q/" + token);

    var posted = friend.post("/q/" + token + "/idea", Map.of("idea", "Click me", "link", "javascript:alert(1)"));

    assertEquals(400, posted.statusCode());
    assertTrue(posted.body().contains("starts with http:// or https://"));
    assertEquals(0, site.service.tally(token).voters());
  }

  @Test
  void an_unknown_or_malformed_token_gets_a_404_page() {
    var unknown = site.browser(EN).get("/q/" + "A".repeat(24));
    var malformed = site.browser(DE).get("/q/%3Cscript%3E");

    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.body().contains("This question does not exist"));
    assertEquals(404, malformed.statusCode());
    assertTrue(malformed.body().contains("Diese Frage gibt es nicht"));
    assertFalse(malformed.body().contains("<script>"));
  }

  @Test
  void a_friend_who_answered_still_sees_the_comments_after_closing() {
    String token = site.service.create(Fixtures.whichOne(user)).token();
    var friend = site.browser(EN);
    friend.get("/q/" + token);
    assertEquals(303, friend.post("/q/" + token + "/vote", Map.of("option", "1", "name", "Ben", "comment", "Rock on")).statusCode());
    site.service.close(user, token);

    var page = friend.get("/q/" + token);

    assertEquals(410, page.statusCode());
    assertTrue(page.body().contains("Rock on"));
  }

  @Test
  void a_closed_question_gets_a_410_page_with_the_final_tally() {
    String token = site.service.create(Fixtures.whichOne(user)).token();
    site.service.vote(token, "v1", 1, "Ben", "Rock on");
    site.service.close(user, token);
    var friend = site.browser(EN);

    var page = friend.get("/q/" + token);

    assertEquals(410, page.statusCode());
    assertTrue(page.body().contains("This question is closed"));
    assertTrue(page.body().contains("Final result"));
    assertFalse(page.body().contains("Rock on"), "a stranger with the link sees counts, not friends' words");
    assertFalse(page.body().contains("<form"));
    var vote = friend.post("/q/" + token + "/vote", Map.of("option", "0"));
    assertEquals(410, vote.statusCode());
    assertEquals(List.of(0, 1, 0), site.service.tally(token).counts());
  }

  @Test
  void an_expired_question_gets_a_410_page_in_german() {
    String token = site.service.create(Fixtures.aboutOne(user)).token();
    site.service.vote(token, "v1", 0, null, null);

    site.clock.advance(Duration.ofDays(3).plusSeconds(1));

    var page = site.browser(DE).get("/q/" + token);
    assertEquals(410, page.statusCode());
    assertTrue(page.body().contains("Diese Frage ist geschlossen"));
    assertTrue(page.body().contains("Endergebnis"));
    assertTrue(page.body().contains("1 Person hat geantwortet."));
  }

  @Test
  void a_post_from_another_site_is_refused() {
    String token = site.service.create(Fixtures.whichOne(user)).token();
    var friend = site.browser(EN);
    friend.get("/q/" + token);
    String body = FormBrowser.encode(Map.of("csrf", friend.cookies.get("csrf"), "option", "0"));

    var fromEvil = friend.post("/q/" + token + "/vote", body, Map.of("Origin", "https://evil.example"));
    var crossSite = friend.post("/q/" + token + "/vote", body, Map.of("Sec-Fetch-Site", "cross-site"));
    var withoutToken = friend.post("/q/" + token + "/vote", "option=0", Map.of());
    var wrongToken = friend.post("/q/" + token + "/vote", "option=0&csrf=" + "x".repeat(22), Map.of());

    for (var refused : List.of(fromEvil, crossSite, withoutToken, wrongToken)) {
      assertEquals(403, refused.statusCode());
      assertTrue(refused.body().contains("sent from another site"));
    }
    assertEquals(0, site.service.tally(token).voters());
  }

  @Test
  void a_form_post_with_origin_null_from_a_no_referrer_page_is_taken() {
    String token = site.service.create(Fixtures.whichOne(user)).token();
    var friend = site.browser(EN);
    friend.get("/q/" + token);
    String body = FormBrowser.encode(Map.of("csrf", friend.cookies.get("csrf"), "option", "0"));

    var posted = friend.post("/q/" + token + "/vote", body, Map.of("Origin", "null", "Sec-Fetch-Site", "same-origin"));

    assertEquals(303, posted.statusCode());
  }

  @Test
  void too_many_posts_from_one_client_get_a_polite_429() throws Exception {
    try (var strict = new QuestionSite(dynamo, 3)) {
      String token = strict.service.create(Fixtures.whichOne(user)).token();
      var friend = strict.browser(EN);
      friend.get("/q/" + token);
      for (int i = 0; i < 3; i++) {
        assertEquals(303, friend.post("/q/" + token + "/vote", Map.of("option", Integer.toString(i))).statusCode());
      }

      var refused = friend.post("/q/" + token + "/vote", Map.of("option", "0"));

      assertEquals(429, refused.statusCode());
      long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
      assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
      assertTrue(refused.body().contains("Please wait a minute"));
      assertEquals(List.of(0, 0, 1), strict.service.tally(token).counts());
    }
  }

  @Test
  void very_long_text_is_refused_and_not_stored() {
    String token = site.service.create(Fixtures.whichOne(user)).token();
    var friend = site.browser(EN);
    friend.get("/q/" + token);

    var longComment = friend.post("/q/" + token + "/vote", Map.of("option", "0", "comment", "x".repeat(10_240)));
    var longName = friend.post("/q/" + token + "/vote", Map.of("option", "0", "name", "n".repeat(41)));
    var hugeBody = friend.post("/q/" + token + "/vote", Map.of("option", "0", "comment", "y".repeat(20_000)));

    assertEquals(400, longComment.statusCode());
    assertTrue(longComment.body().contains("500 characters"));
    assertEquals(400, longName.statusCode());
    assertEquals(413, hugeBody.statusCode());
    assertEquals(0, site.service.tally(token).voters());
  }

  @Test
  void odd_unicode_is_cleaned_and_emoji_survive() {
    String token = site.service.create(Fixtures.whichOne(user)).token();
    var friend = site.browser(EN);
    friend.get("/q/" + token);

    friend.post("/q/" + token + "/vote", Map.of("option", "0",
        "name", "Ev\u202Eil\u200B\u0000", "comment", "Love it \uD83D\uDE0D\uD83D\uDC4D\uD83C\uDFFD\n\nreally"));

    String html = friend.get("/q/" + token).body();
    assertTrue(html.contains("<bdi>Evil</bdi>"), html);
    assertTrue(html.contains("Love it \uD83D\uDE0D\uD83D\uDC4D\uD83C\uDFFD really"));
    assertFalse(html.contains("\u202E"));
    assertFalse(html.contains("\u200B"));
    assertFalse(html.contains("\u0000"));
  }

  @Test
  void a_vote_for_a_missing_option_is_a_400() {
    String token = site.service.create(Fixtures.whichOne(user)).token();
    var friend = site.browser(EN);
    friend.get("/q/" + token);

    assertEquals(400, friend.post("/q/" + token + "/vote", Map.of("option", "7")).statusCode());
    assertEquals(400, friend.post("/q/" + token + "/vote", Map.of("option", "two")).statusCode());
  }

  @Test
  void the_share_script_is_served_from_the_site() {
    var script = site.browser(EN).get("/static/question.js");

    assertEquals(200, script.statusCode());
    assertTrue(script.headers().firstValue("Content-Type").orElseThrow().startsWith("text/javascript"));
    assertTrue(script.body().contains("navigator.share"));
  }
}
