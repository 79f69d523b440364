package com.shoptalk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.TestSkill;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The web Lambda entry point with API Gateway HTTP API (payload 2.0) events. */
class WebHandlerTest {
  private static TestSkill skill;
  private static WebHandler handler;
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    skill = TestSkill.start();
    handler = new WebHandler(skill.app().webApp());
  }

  @AfterAll
  static void stop() {
    skill.close();
  }

  private static JsonNode invoke(String event) throws Exception {
    var out = new ByteArrayOutputStream();
    handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out, null);
    return JSON.readTree(out.toByteArray());
  }

  @Test
  void health_event_answers_ok() throws Exception {
    JsonNode response = invoke(Files.readString(Path.of("events", "web-health.json")));

    assertEquals(200, response.path("statusCode").asInt());
    assertEquals("{\"status\":\"ok\"}", response.path("body").asText());
  }

  @Test
  void unknown_question_event_answers_404_page() throws Exception {
    JsonNode response = invoke(Files.readString(Path.of("events", "web-question.json")));

    assertEquals(404, response.path("statusCode").asInt());
    Expect.contains("<html", response.path("body").asText());
  }

  @Test
  void garbage_event_answers_400() throws Exception {
    JsonNode response = invoke("this is not an event");

    assertEquals(400, response.path("statusCode").asInt());
  }
}
