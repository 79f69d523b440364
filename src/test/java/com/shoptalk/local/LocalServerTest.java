package com.shoptalk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shoptalk.alexa.SkillHandler;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.TestSkill;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The local server over real HTTP: the skill at POST /alexa and the web routes. */
class LocalServerTest {
  private static TestSkill skill;
  private static LocalServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() throws Exception {
    skill = TestSkill.start();
    server = LocalServer.start(0, new SkillHandler(skill.app())::handle, skill.app().webApp());
  }

  @AfterAll
  static void stop() {
    server.close();
    skill.close();
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve(path))
        .header("Accept-Language", acceptLanguage).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | open shop talk        | Welcome
      de-DE | öffne einkaufs helfer | Willkommen
      """)
  void post_alexa_answers_a_launch_over_http(String locale, String utterance, String greeting) {
    var device = new AlexaSimulator(TestSkill.SKILL_PACKAGE, body -> {
      try {
        var response = HTTP.send(HttpRequest.newBuilder(server.baseUri().resolve("/alexa"))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return response.body();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).locale(locale);

    var turn = device.say(utterance);

    Expect.contains(greeting, turn.speech());
  }

  @Test
  void post_alexa_answers_a_real_request_file() throws Exception {
    String request = Files.readString(Path.of("events", "launch.json"));

    var response = post("/alexa", request);

    assertEquals(200, response.statusCode());
    Expect.contains("<speak>", JSON.readTree(response.body()).path("response").path("outputSpeech").path("ssml").asText());
  }

  @ParameterizedTest
  @ValueSource(strings = {"{not json", "[]", "{\"hello\":\"world\"}", ""})
  void malformed_alexa_requests_get_400_with_a_short_message(String body) throws Exception {
    var response = post("/alexa", body);

    assertEquals(400, response.statusCode());
    Expect.startsWith("Bad request", response.body());
    assertFalse(response.body().contains("Exception"), "no stack trace");
    assertFalse(response.body().contains("\tat "), "no stack trace");
  }

  @Test
  void get_alexa_is_not_allowed() throws Exception {
    assertEquals(405, get("/alexa", "en").statusCode());
  }

  @Test
  void health_is_ok() throws Exception {
    var response = get("/health", "en");

    assertEquals(200, response.statusCode());
    assertEquals("{\"status\":\"ok\"}", response.body());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US,en;q=0.8 | There is nothing here.
      de-DE,de;q=0.9 | Hier gibt es nichts.
      fr-FR          | There is nothing here.
      """)
  void unknown_paths_get_a_localized_404_page(String acceptLanguage, String message) throws Exception {
    var response = get("/no/such/page", acceptLanguage);

    assertEquals(404, response.statusCode());
    Expect.contains(message, response.body());
    Expect.startsWith("text/html", response.headers().firstValue("Content-Type").orElse(""));
    assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""));
  }
}
