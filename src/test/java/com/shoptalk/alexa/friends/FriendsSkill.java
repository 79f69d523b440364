package com.shoptalk.alexa.friends;

import com.shoptalk.alexa.SkillHandler;
import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.local.LocalServer;
import com.shoptalk.question.Fixtures;
import com.shoptalk.question.Question;
import com.shoptalk.testing.TestSkill;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ShopTalk for the "ask my friends" tests: the skill on DynamoDB Local with a clock the test moves,
 * and the local HTTP server (friends' pages and the simulated profile API) on a port chosen up
 * front, so that the links in cards and e-mails point at it.
 */
public final class FriendsSkill implements AutoCloseable {
  /** The account the simulator speaks for. */
  public static final String USER = "amzn1.ask.account.LOCAL-DEVELOPER";
  private static final Pattern LINK = Pattern.compile("https?://\\S+/q/([A-Za-z0-9_-]+)");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  public final Fixtures.MutableClock clock = Fixtures.MutableClock.now();
  public final TestSkill skill;
  public final LocalServer server;

  private FriendsSkill() throws IOException {
    int port;
    try (var probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    skill = TestSkill.start(Map.of("PUBLIC_BASE_URL", "http://127.0.0.1:" + port), clock);
    server = LocalServer.start(port, new SkillHandler(skill.app())::handle, skill.app().webApp());
  }

  public static FriendsSkill start() {
    try {
      return new FriendsSkill();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A device in a locale whose Alexa APIs are the local server's (no permissions granted yet). */
  public AlexaSimulator device(String locale) {
    return skill.device(locale).apiEndpoint(server.baseUri().toString());
  }

  /** The shopper's questions, newest first. */
  public List<Question> questions() {
    return skill.app().questions().questions(USER);
  }

  /** The first question link in a text (a card, an e-mail). */
  public static String linkIn(String text) {
    Matcher link = LINK.matcher(text);
    if (!link.find()) {
      throw new AssertionError("no question link in:\n" + text);
    }
    return link.group();
  }

  /** The token at the end of a question link. */
  public static String tokenOf(String link) {
    Matcher matcher = LINK.matcher(link);
    if (!matcher.find()) {
      throw new AssertionError("not a question link: " + link);
    }
    return matcher.group(1);
  }

  /** GETs a link as a phone browser in a language would. */
  public static HttpResponse<String> get(String link, String acceptLanguage) {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(link)).header("Accept-Language", acceptLanguage).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    skill.close();
  }
}
