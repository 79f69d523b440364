package com.shoptalk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.sharing.Wishes;
import com.shoptalk.testing.FormBrowser;
import com.shoptalk.wishlist.ListName;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared-list page over real HTTP: what friends see, and what their taps do. */
class ListPagesTest {
  private static final String EN = "en-US,en;q=0.8";
  private static final String DE = "de-DE,de;q=0.9,en;q=0.5";
  private static LocalDynamo dynamo;

  private ListSite site;

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
    site = new ListSite(dynamo, 1000);
  }

  @AfterEach
  void stopSite() {
    site.close();
  }

  @Test
  void shows_whose_list_it_is_and_each_wish_with_image_price_and_shop_link() {
    String link = site.share("my birthday list", "Anna", Locale.US, Wishes.loungeChair(), Wishes.teapot());

    var page = site.browser(EN).get(link);

    assertEquals(200, page.statusCode());
    String html = page.body();
    assertTrue(html.contains("<html lang=\"en\">"));
    assertTrue(html.contains("<h1><bdi>Anna</bdi>&#39;s wish list</h1>"), html);
    assertTrue(html.contains("<p class=\"list\"><bdi>Birthday list</bdi></p>"));
    assertTrue(html.contains("Lounge Chair Oslo, oak and grey wool"));
    assertTrue(html.contains("$249.99"));
    assertTrue(html.contains("$39<"), "whole prices without cents");
    assertTrue(html.contains("<img src=\"https://shop.example/img/chair-1.jpg\""));
    assertTrue(html.matches("(?s).*href=\"http://127\\.0\\.0\\.1/go/[A-Za-z0-9_-]+\" target=\"_blank\" rel=\"noopener noreferrer\".*"), html);
    assertEquals(2, count(html, ">I&#39;ll get this</button>"));
    assertTrue(html.contains("2 of 2 wishes are still free."));
  }

  @Test
  void shows_the_page_in_german_for_a_german_browser() {
    String link = site.share("Geburtstagsliste", "Jonas", Locale.GERMANY, Wishes.sessel());

    String html = site.browser(DE).get(link).body();

    assertTrue(html.contains("<html lang=\"de\">"));
    assertTrue(html.contains("<h1>Wunschliste von <bdi>Jonas</bdi></h1>"), html);
    assertTrue(html.contains("<bdi>Geburtstagsliste</bdi>"));
    assertTrue(html.contains("249,99\u00a0€"), html);
    assertTrue(html.contains(">Schenke ich</button>"));
    assertTrue(html.contains("1 Wunsch, noch frei."));
  }

  @Test
  void says_a_friends_list_when_the_name_may_not_be_shown() {
    String link = site.share("wish list", null, Locale.US, Wishes.teapot());

    String html = site.browser(EN).get(link).body();

    assertTrue(html.contains("<h1>A friend&#39;s wish list</h1>"));
    assertTrue(html.contains("Your friend won&#39;t find out who picked what"));
    assertFalse(html.contains("class=\"list\""), "the default list has no name of its own");
  }

  @Test
  void carries_link_preview_tags() {
    String link = site.share("my birthday list", "Anna", Locale.US, Wishes.blanket(), Wishes.loungeChair());

    String html = site.browser(EN).get(link).body();

    assertTrue(html.contains("<title>Anna&#39;s wish list: Birthday list – ShopTalk</title>"), html);
    assertTrue(html.contains("<meta property=\"og:title\" content=\"Anna&#39;s wish list: Birthday list\">"));
    assertTrue(html.contains("<meta property=\"og:type\" content=\"website\">"));
    assertTrue(html.contains("<meta property=\"og:description\" content=\"2 wishes. Reserve a gift with one tap;"));
    assertTrue(html.contains("<meta property=\"og:image\" content=\"https://shop.example/img/chair-1.jpg\">"),
        "the first wish with an image");
  }

  @Test
  void is_not_cached_carries_security_headers_and_gives_friend_and_csrf_cookies() {
    String link = site.share("wish list", "Anna", Locale.US, Wishes.teapot());

    var page = site.browser(EN).get(link);

    assertEquals("no-store", page.headers().firstValue("Cache-Control").orElseThrow());
    assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElseThrow());
    assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElseThrow());
    assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("form-action 'self'"));
    List<String> cookies = page.headers().allValues("Set-Cookie");
    assertEquals(2, cookies.size());
    cookies.forEach(c -> assertTrue(c.matches("(voter|csrf)=[A-Za-z0-9_-]{22}; Path=/; Max-Age=7776000; HttpOnly; SameSite=Lax"), c));
  }

  @Test
  void reserving_redirects_back_and_shows_the_wish_as_yours_with_undo_and_bought() {
    String link = site.share("wish list", "Anna", Locale.US, Wishes.loungeChair(), Wishes.teapot());
    String chair = site.wishId(link, 0);
    var ben = opened(link);

    var posted = ben.post(link + "/reserve", Map.of("item", chair, "name", "Ben", "note", "The oak one"));

    assertEquals(303, posted.statusCode());
    assertEquals(link + "#wish-" + chair, posted.headers().firstValue("Location").orElseThrow());
    String html = ben.get(link).body();
    assertTrue(html.contains("You&#39;re getting this."));
    assertTrue(html.contains(">Mark as bought</button>"));
    assertTrue(html.contains(">Undo</button>"));
    assertEquals(1, count(html, ">I&#39;ll get this</button>"), "only the teapot is still free");
    assertTrue(html.contains("1 of 2 wishes are still free."));
  }

  @Test
  void a_reserved_wish_shows_as_taken_to_other_friends_with_name_and_note() {
    String link = site.share("wish list", "Anna", Locale.US, Wishes.loungeChair());
    opened(link).post(link + "/reserve", Map.of("item", site.wishId(link, 0), "name", "Ben", "note", "The oak one"));

    String html = site.browser(EN).get(link).body();

    assertTrue(html.contains("Taken by <bdi>Ben</bdi>"), html);
    assertTrue(html.contains("The oak one"));
    assertFalse(html.contains(">I&#39;ll get this</button>"));
    assertFalse(html.contains(">Undo</button>"));
    assertTrue(html.contains("Every wish is taken."));
  }

  @Test
  void the_second_friend_hears_that_someone_was_quicker() {
    String link = site.share("wish list", "Anna", Locale.US, Wishes.loungeChair());
    String chair = site.wishId(link, 0);
    var ben = opened(link);
    var cleo = opened(link);

    ben.post(link + "/reserve", Map.of("item", chair));
    var late = cleo.post(link + "/reserve", Map.of("item", chair, "name", "Cleo"));

    assertEquals(409, late.statusCode());
    assertTrue(late.body().contains("Someone was quicker: <strong><bdi>Lounge Chair Oslo, oak and grey wool</bdi></strong> is already taken."),
        late.body());
    assertTrue(late.body().contains(">Taken<"));
    assertEquals("no-store", late.headers().firstValue("Cache-Control").orElseThrow());
  }

  @Test
  void undo_gives_the_wish_free_again() {
    String link = site.share("wish list", "Anna", Locale.US, Wishes.loungeChair());
    String chair = site.wishId(link, 0);
    var ben = opened(link);
    ben.post(link + "/reserve", Map.of("item", chair));

    var undone = ben.post(link + "/undo", Map.of("item", chair));

    assertEquals(303, undone.statusCode());
    assertTrue(site.browser(EN).get(link).body().contains(">I&#39;ll get this</button>"));
  }

  @Test
  void marking_bought_shows_thanks_to_the_friend_and_already_bought_to_others() {
    String link = site.share("wish list", "Anna", Locale.US, Wishes.loungeChair());
    String chair = site.wishId(link, 0);
    var ben = opened(link);
    ben.post(link + "/reserve", Map.of("item", chair));

    ben.post(link + "/bought", Map.of("item", chair));

    String mine = ben.get(link).body();
    assertTrue(mine.contains("You bought this. Thank you!"));
    assertFalse(mine.contains(">Mark as bought</button>"));
    assertTrue(site.browser(EN).get(link).body().contains(">Already bought<"));
  }

  @Test
  void another_friend_cannot_undo_a_reservation() {
    String link = site.share("wish list", "Anna", Locale.US, Wishes.loungeChair());
    String chair = site.wishId(link, 0);
    opened(link).post(link + "/reserve", Map.of("item", chair, "name", "Ben"));

    var refused = opened(link).post(link + "/undo", Map.of("item", chair));

    assertEquals(409, refused.statusCode());
    assertTrue(refused.body().contains("That wish isn&#39;t reserved by you"));
    assertTrue(refused.body().contains("Taken by <bdi>Ben</bdi>"));
  }

  @Test
  void a_wish_the_owner_removed_disappears_and_cannot_be_reserved() {
    String link = site.share("wish list", "Anna", Locale.US, Wishes.loungeChair(), Wishes.teapot());
    String chair = site.wishId(link, 0);
    var ben = opened(link);

    site.wishLists.remove(site.owner, ListName.DEFAULT, "chair-1");
    var late = ben.post(link + "/reserve", Map.of("item", chair));

    assertEquals(409, late.statusCode());
    assertTrue(late.body().contains("That wish is no longer on the list."));
    assertFalse(late.body().contains("Lounge Chair Oslo"));
  }

  @Test
  void an_unknown_or_malformed_link_gets_a_404_page() {
    var unknown = site.browser(EN).get("/l/" + "A".repeat(24));
    var malformed = site.browser(DE).get("/l/%3Cscript%3E");

    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.body().contains("This list does not exist"));
    assertEquals(404, malformed.statusCode());
    assertTrue(malformed.body().contains("Diese Liste gibt es nicht"));
    assertFalse(malformed.body().contains("<script>"));
  }

  @Test
  void a_list_no_longer_shared_gets_a_410_page_and_takes_no_reservations() {
    String link = site.share("wish list", "Anna", Locale.US, Wishes.loungeChair());
    String chair = site.wishId(link, 0);
    var ben = opened(link);

    site.sharing.stopSharing(site.owner, ListName.DEFAULT);

    var page = ben.get(link);
    assertEquals(410, page.statusCode());
    assertTrue(page.body().contains("This wish list is no longer shared."));
    assertFalse(page.body().contains("Lounge Chair"));
    assertEquals(410, ben.post(link + "/reserve", Map.of("item", chair)).statusCode());
    assertEquals(0, site.sharing.count(site.owner, ListName.DEFAULT).taken());
  }

  @Test
  void a_flood_of_posts_gets_429_with_retry_after() throws Exception {
    try (var strict = new ListSite(dynamo, 3)) {
      String link = strict.share("wish list", "Anna", Locale.US, Wishes.loungeChair());
      String chair = strict.wishId(link, 0);
      var ben = new FormBrowser(strict.server.baseUri(), EN);
      ben.get(link);
      for (int i = 0; i < 3; i++) {
        ben.post(link + (i % 2 == 0 ? "/reserve" : "/undo"), Map.of("item", chair));
      }

      var flooded = ben.post(link + "/undo", Map.of("item", chair));

      assertEquals(429, flooded.statusCode());
      assertTrue(Integer.parseInt(flooded.headers().firstValue("Retry-After").orElseThrow()) >= 1);
      assertTrue(flooded.body().contains("wait a minute"));
      assertEquals(1, strict.sharing.count(strict.owner, ListName.DEFAULT).taken(), "the refused undo changed nothing");
    }
  }

  @Test
  void a_post_from_another_site_is_refused() {
    String link = site.share("wish list", "Anna", Locale.US, Wishes.loungeChair());
    String chair = site.wishId(link, 0);
    var ben = opened(link);
    String form = FormBrowser.encode(Map.of("csrf", ben.cookies.get("csrf"), "item", chair));

    var crossSite = ben.post(link + "/reserve", form, Map.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site"));
    var noToken = ben.post(link + "/reserve", "item=" + chair, Map.of());

    assertEquals(403, crossSite.statusCode());
    assertEquals(403, noToken.statusCode());
    assertEquals(0, site.sharing.count(site.owner, ListName.DEFAULT).taken());
  }

  @Test
  void hostile_names_and_notes_are_shown_escaped() {
    String link = site.share("wish list", "<b>Anna</b>", Locale.US, Wishes.loungeChair());
    opened(link).post(link + "/reserve", Map.of("item", site.wishId(link, 0),
        "name", "<img src=x onerror=alert(1)>", "note", "<script>alert(1)</script> & \"so\" \u202egood"));

    String html = site.browser(EN).get(link).body();

    assertFalse(html.contains("<script>alert(1)"));
    assertFalse(html.contains("<img src=x"));
    assertFalse(html.contains("<b>Anna"));
    assertFalse(html.contains("\u202e"), "no bidi override survives");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;so&quot; good"), html);
  }

  @Test
  void names_and_notes_too_long_and_bad_wish_numbers_get_a_400() {
    String link = site.share("wish list", "Anna", Locale.US, Wishes.loungeChair());
    String chair = site.wishId(link, 0);
    var ben = opened(link);

    var longName = ben.post(link + "/reserve", Map.of("item", chair, "name", "x".repeat(41)));
    var longNote = ben.post(link + "/reserve", Map.of("item", chair, "note", "x".repeat(201)));
    var notANumber = ben.post(link + "/reserve", Map.of("item", "the chair"));
    var huge = ben.post(link + "/reserve", Map.of("item", chair, "note", "x".repeat(20_000)));

    assertEquals(400, longName.statusCode());
    assertTrue(longName.body().contains("keep your name to 40 characters"));
    assertEquals(400, longNote.statusCode());
    assertTrue(longNote.body().contains("keep your note to 200 characters"));
    assertEquals(400, notANumber.statusCode());
    assertEquals(413, huge.statusCode());
    assertEquals(0, site.sharing.count(site.owner, ListName.DEFAULT).taken());
  }

  @Test
  void a_shop_link_is_a_counting_link_that_leads_to_the_product_with_utm_parameters() {
    String link = site.share("wish list", "Anna", Locale.US, Wishes.loungeChair());
    var friend = site.browser(EN);
    Matcher go = Pattern.compile("href=\"http://127\\.0\\.0\\.1(/go/[A-Za-z0-9_-]+)\"").matcher(friend.get(link).body());
    assertTrue(go.find());

    var followed = friend.get(go.group(1));

    assertEquals(303, followed.statusCode());
    String target = followed.headers().firstValue("Location").orElseThrow();
    assertTrue(target.startsWith("https://shop.example/p/chair-1?"), target);
    assertTrue(target.contains("utm_campaign=wish-list"), target);
  }

  @Test
  void an_empty_shared_list_says_so() {
    String link = site.share("birthday", "Anna", Locale.US);

    String html = site.browser(EN).get(link).body();

    assertTrue(html.contains("There&#39;s nothing on this list right now."));
  }

  private FormBrowser opened(String link) {
    var browser = site.browser(EN);
    browser.get(link);
    return browser;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      n++;
    }
    return n;
  }
}
