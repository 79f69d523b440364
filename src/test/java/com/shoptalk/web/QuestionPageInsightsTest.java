package com.shoptalk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.insights.Counter;
import com.shoptalk.insights.DayCounts;
import com.shoptalk.insights.FriendComment;
import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.question.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the question page gives the merchant: counted shop links, votes, and comments only with the friend's permission. */
class QuestionPageInsightsTest {
  private static final Pattern SHOP_LINK = Pattern.compile("href=\"(http://127\\.0\\.0\\.1:\\d+/go/[A-Za-z0-9_-]+)\"");
  private static LocalDynamo dynamo;

  private QuestionSite site;
  private String token;

  @BeforeAll
  static void startDynamo() {
    dynamo = LocalDynamo.inMemory();
  }

  @AfterAll
  static void stopDynamo() {
    dynamo.close();
  }

  @BeforeEach
  void ask() throws Exception {
    site = new QuestionSite(dynamo, 1000);
    token = site.service.create(Fixtures.whichOne("amzn1.ask.account." + UUID.randomUUID())).token();
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  @Test
  void a_tapped_shop_link_lands_on_the_shop_page_with_utm_parameters_and_counts() throws Exception {
    String page = site.browser("en-US").get("/q/" + token).body();
    var links = SHOP_LINK.matcher(page).results().map(m -> m.group(1)).toList();
    assertEquals(2, links.size(), "the bean bag has no shop link");

    var tap = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(links.get(0))).build(),
        HttpResponse.BodyHandlers.discarding());

    assertEquals(303, tap.statusCode());
    assertEquals("https://shop.example/p/chair-1?utm_source=shoptalk&utm_medium=friends&utm_campaign=ask-friends",
        tap.headers().firstValue("Location").orElseThrow());
    assertEquals(Map.of("chair-1", 1L, "chair-2", 0L, "bag-3", 0L), sums(Counter.CLICKS_QUESTION));
  }

  @Test
  void the_permission_to_share_the_comment_is_offered_unticked_in_english() {
    String page = site.browser("en-US").get("/q/" + token).body();

    assertTrue(page.contains("<input type=\"checkbox\" name=\"shareComment\" value=\"yes\" aria-describedby=\"share-hint\"> The shop may read my comment</label>"), page);
    assertFalse(page.contains("checked"));
  }

  @Test
  void the_permission_to_share_the_comment_is_offered_unticked_in_german() {
    String page = site.browser("de-DE,de;q=0.9").get("/q/" + token).body();

    assertTrue(page.contains("> Der Shop darf meinen Kommentar lesen</label>"), page);
    assertTrue(page.contains("Ohne deinen Namen"));
    assertFalse(page.contains("checked"));
  }

  @Test
  void only_the_comment_of_the_friend_who_ticked_the_box_reaches_the_shop() {
    vote("en-US", 1, "Bergen rocks", true);
    vote("de-DE", 0, "Nur unter uns", false);

    List<FriendComment> shared = site.insights.comments(today(), today(), 10);

    assertEquals(List.of("Bergen rocks"), shared.stream().map(FriendComment::text).toList());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US           | The shop may read my comment
      de-DE,de;q=0.9  | Der Shop darf meinen Kommentar lesen
      """)
  void a_friend_who_votes_again_finds_the_permission_still_ticked_and_the_comment_stays_shared(String language,
      String box) {
    var friend = site.browser(language);
    friend.get("/q/" + token);
    assertEquals(303, friend.post("/q/" + token + "/vote",
        Map.of("option", "1", "comment", "Bergen rocks", "shareComment", "yes")).statusCode());

    String page = friend.get("/q/" + token).body();
    assertTrue(page.contains("aria-describedby=\"share-hint\" checked> " + box + "</label>"), page);
    // Tapping the other option sends the form as the page shows it: the box still ticked.
    assertEquals(303, friend.post("/q/" + token + "/vote",
        Map.of("option", "0", "comment", "Bergen rocks", "shareComment", "yes")).statusCode());

    List<FriendComment> shared = site.insights.comments(today(), today(), 10);
    assertEquals(List.of("Bergen rocks"), shared.stream().map(FriendComment::text).toList());
    assertEquals(0, shared.get(0).choice());
  }

  @Test
  void votes_on_the_page_count_as_wins_and_losses() {
    vote("en-US", 1, null, false);
    vote("en-US", 1, null, false);
    vote("de-DE", 0, null, false);

    assertEquals(Map.of("chair-1", 1L, "chair-2", 2L, "bag-3", 0L), sums(Counter.WHICH_ONE_WINS));
    assertEquals(Map.of("chair-1", 2L, "chair-2", 1L, "bag-3", 3L), sums(Counter.WHICH_ONE_LOSSES));
  }

  private void vote(String language, int option, String comment, boolean share) {
    var friend = site.browser(language);
    friend.get("/q/" + token);
    var form = new java.util.HashMap<String, String>(Map.of("option", Integer.toString(option)));
    if (comment != null) {
      form.put("comment", comment);
    }
    if (share) {
      form.put("shareComment", "yes");
    }
    assertEquals(303, friend.post("/q/" + token + "/vote", form).statusCode());
  }

  private LocalDate today() {
    return LocalDate.ofInstant(site.clock.instant(), ZoneOffset.UTC);
  }

  private Map<String, Long> sums(Counter counter) {
    var sums = new java.util.HashMap<String, Long>();
    for (DayCounts day : site.insights.counts(today(), today(), 100).days()) {
      sums.merge(day.key().productId(), day.get(counter), Long::sum);
    }
    return sums;
  }
}
