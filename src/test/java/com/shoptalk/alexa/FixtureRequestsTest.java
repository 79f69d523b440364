package com.shoptalk.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.shoptalk.testing.Ssml;
import com.shoptalk.testing.TestSkill;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real Alexa requests collected from public projects (other skills' intents, skill events, display
 * events, unknown types): each gets a well-formed answer with valid SSML, never an exception.
 */
class FixtureRequestsTest {
  private static final Path FIXTURES = Path.of("src", "test", "resources", "alexa-requests");
  private static TestSkill skill;

  @BeforeAll
  static void start() {
    skill = TestSkill.start();
  }

  @AfterAll
  static void stop() {
    skill.close();
  }

  static Stream<Path> fixtures() throws IOException {
    assertTrue(Files.isDirectory(FIXTURES), "fixtures expected at " + FIXTURES.toAbsolutePath());
    try (Stream<Path> files = Files.walk(FIXTURES)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void every_real_request_gets_a_well_formed_answer(Path fixture) throws IOException {
    JsonNode response = skill.invoke(Files.readString(fixture));

    assertEquals("1.0", response.path("version").asText(), "response envelope version");
    JsonNode speech = response.path("response").path("outputSpeech");
    if (!speech.isMissingNode()) {
      assertEquals("SSML", speech.path("type").asText());
      Ssml.assertValid(speech.path("ssml").asText());
      assertFalse(speech.path("ssml").asText().contains("Exception"), "no exception text is spoken");
    }
    String type = Files.readString(fixture).contains("\"SessionEndedRequest\"") ? "SessionEndedRequest" : "";
    if (type.equals("SessionEndedRequest")) {
      assertTrue(speech.isMissingNode(), "nothing may be spoken after the session ended");
    }
  }
}
