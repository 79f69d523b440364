package com.shoptalk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.alexa.SkillHandler;
import com.shoptalk.alexa.friends.FriendsSkill;
import com.shoptalk.catalog.Product;
import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.local.LocalServer;
import com.shoptalk.question.Fixtures;
import com.shoptalk.testing.FormBrowser;
import com.shoptalk.testing.TestSkill;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The merchant's side as a new user tries it: a shopper asks friends about two chairs by voice,
 * friends vote on the page and tap the shop links, and the merchant's CSV shows those votes and
 * clicks; without the key it answers 401.
 */
class MerchantInsightsEndToEndTest {
  private static final String KEY = "e2e-merchant-key-0123456789";
  private static final Pattern SHOP_LINK = Pattern.compile("href=\"(http://127\\.0\\.0\\.1:\\d+/go/[A-Za-z0-9_-]+)\"");
  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private final Fixtures.MutableClock clock = Fixtures.MutableClock.now();
  private TestSkill skill;
  private LocalServer server;

  @BeforeEach
  void start() throws Exception {
    int port;
    try (var probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    skill = TestSkill.start(Map.of("PUBLIC_BASE_URL", "http://127.0.0.1:" + port, "MERCHANT_KEY", KEY), clock);
    server = LocalServer.start(port, new SkillHandler(skill.app())::handle, skill.app().webApp());
  }

  @AfterEach
  void stop() {
    server.close();
    skill.close();
  }

  @Test
  void friends_votes_and_taps_on_two_chairs_show_in_the_merchants_csv() throws Exception {
    AlexaSimulator shopper = skill.device("en-US").apiEndpoint(server.baseUri().toString());
    shopper.say("find a lounge chair");
    shopper.say("ask my friends about the first and the second");
    String link = FriendsSkill.linkIn(shopper.say("yes").card().orElseThrow());
    var chairs = skill.app().questions().questions(FriendsSkill.USER).get(0).options();

    var landings = new ArrayList<String>();
    for (int friend = 0; friend < 4; friend++) {
      var phone = new FormBrowser(server.baseUri(), "en-US,en;q=0.8");
      String page = phone.get(URI.create(link).getRawPath()).body();
      List<String> shopLinks = shopLinks(page);
      assertEquals(2, shopLinks.size(), page);
      int choice = friend == 0 ? 0 : 1;
      var vote = phone.post(URI.create(link).getRawPath() + "/vote",
          Map.of("option", Integer.toString(choice), "comment", "Friend " + friend + " says so", "shareComment", "yes"));
      assertEquals(303, vote.statusCode());
      landings.add(tap(shopLinks.get(0)));
      landings.add(tap(shopLinks.get(1)));
      if (friend % 2 == 1) {
        landings.add(tap(shopLinks.get(1)));
      }
    }

    Product abigail = skill.app().catalogs().forLocale(Locale.US).byId(chairs.get(1).productId()).orElseThrow();
    assertTrue(landings.contains(abigail.link() + "?utm_source=shoptalk&utm_medium=friends&utm_campaign=ask-friends"),
        landings.toString());
    var csv = get("/merchant/insights.csv?since=7d", "Bearer " + KEY);
    assertEquals(200, csv.statusCode());
    String rattanRow = row(csv.body(), chairs.get(0).productId());
    String abigailRow = row(csv.body(), chairs.get(1).productId());
    // asked once each, then: which-one wins, losses, ... clicks from questions
    assertTrue(rattanRow.endsWith(",<3,<3,<3,<3,<3,3,<3,<3,4,<3,<3"), rattanRow);
    assertTrue(abigailRow.endsWith(",<3,<3,<3,<3,3,<3,<3,<3,6,<3,<3"), abigailRow);
    assertEquals(401, get("/merchant/insights.csv?since=7d", null).statusCode());
    String json = get("/merchant/insights.json", "Bearer " + KEY).body();
    assertTrue(json.contains("\"text\" : \"Friend 3 says so\""), json);
  }

  private static List<String> shopLinks(String page) {
    var links = new ArrayList<String>();
    Matcher m = SHOP_LINK.matcher(page);
    while (m.find()) {
      links.add(m.group(1));
    }
    return links;
  }

  /** Taps a shop link as a phone would: where it lands. */
  private static String tap(String shopLink) throws Exception {
    var response = HTTP.send(HttpRequest.newBuilder(URI.create(shopLink)).build(), HttpResponse.BodyHandlers.discarding());
    assertEquals(303, response.statusCode(), shopLink);
    return response.headers().firstValue("Location").orElseThrow();
  }

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    var request = HttpRequest.newBuilder(server.baseUri().resolve(path));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String row(String csv, String productId) {
    return csv.lines().filter(line -> line.contains(",en-US," + productId + ",")).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + productId + " in\n" + csv));
  }
}
