package com.shoptalk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Real Lambda events for the packed functions, made from the sample events in {@code events/}
 * (the ones {@code sam local invoke} uses): Alexa requests for the skill function and API Gateway
 * HTTP API (payload 2.0) events for the web function. Alexa's API endpoint points at a closed
 * loopback port, so no request can reach the network.
 */
public final class LambdaEvents {
  /** The skill id the sample events carry; the skill function's {@code SKILL_ID} must be this. */
  public static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path EVENTS = Path.of("events");

  private LambdaEvents() {
  }

  /** A LaunchRequest ("open shop talk") of a new session, on a device with a screen. */
  public static byte[] launch(String locale, String userId) {
    ObjectNode event = alexa("launch.json", locale, userId);
    return bytes(event);
  }

  /** A SearchIntent request with its {@code query} slot, in a new session. */
  public static byte[] search(String locale, String userId, String query) {
    ObjectNode event = alexa("search-de.json", locale, userId);
    ObjectNode slot = (ObjectNode) event.path("request").path("intent").path("slots").path("query");
    slot.put("value", query);
    ((ObjectNode) slot.path("slotValue")).put("value", query);
    return bytes(event);
  }

  /** An HTTP API {@code GET} of a path, from a browser that prefers {@code acceptLanguage}. */
  public static byte[] httpGet(String path, String acceptLanguage) {
    return httpGet(path, acceptLanguage, java.util.Map.of());
  }

  /** An HTTP API {@code GET} of a path with more request headers (lower-case names). */
  public static byte[] httpGet(String path, String acceptLanguage, java.util.Map<String, String> headers) {
    ObjectNode event = read("web-health.json");
    headers.forEach(((ObjectNode) event.path("headers"))::put);
    event.put("rawPath", path);
    ((ObjectNode) event.path("headers")).put("accept-language", acceptLanguage);
    ((ObjectNode) event.path("requestContext").path("http")).put("path", path);
    ((ObjectNode) event.path("pathParameters")).put("proxy", path.substring(1));
    ((ObjectNode) event.path("requestContext")).put("requestId", UUID.randomUUID().toString());
    return bytes(event);
  }

  private static ObjectNode alexa(String sample, String locale, String userId) {
    ObjectNode event = read(sample);
    ObjectNode session = (ObjectNode) event.path("session");
    session.put("new", true);
    session.put("sessionId", "amzn1.echo-api.session." + UUID.randomUUID());
    ((ObjectNode) session.path("user")).put("userId", userId);
    ObjectNode system = (ObjectNode) event.path("context").path("System");
    ((ObjectNode) system.path("user")).put("userId", userId);
    system.put("apiEndpoint", "http://127.0.0.1:9");
    ObjectNode request = (ObjectNode) event.path("request");
    request.put("locale", locale);
    request.put("requestId", "amzn1.echo-api.request." + UUID.randomUUID());
    return event;
  }

  private static ObjectNode read(String sample) {
    try {
      JsonNode tree = JSON.readTree(EVENTS.resolve(sample).toFile());
      return (ObjectNode) tree;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(JsonNode event) {
    return event.toString().getBytes(StandardCharsets.UTF_8);
  }
}
