package com.shoptalk.web;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shoptalk.ShopTalk;
import com.shoptalk.monitoring.RequestLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lambda entry point for the friends' web pages, behind an API Gateway HTTP API (payload format
 * 2.0). It only translates the event to a {@link WebRequest} and back.
 */
public class WebHandler implements RequestStreamHandler {
  private static final Logger LOG = LoggerFactory.getLogger(WebHandler.class);
  /** A request for a path no page has, as API Gateway hands it on. */
  private static final String START_UP_EVENT = "{\"version\":\"2.0\",\"rawPath\":\"/start-up\",\"rawQueryString\":\"\","
      + "\"headers\":{\"accept-language\":\"en-US\"},\"requestContext\":{\"http\":{\"method\":\"GET\","
      + "\"sourceIp\":\"127.0.0.1\"}},\"isBase64Encoded\":false}";

  private final WebApp app;
  /** Held here: the runtime's checkpoint hooks reference it only weakly. */
  private final WebPriming priming;

  /** Lambda's constructor: wires ShopTalk from the environment once per container, primed before a SnapStart snapshot. */
  public WebHandler() {
    this(ShopTalk.fromEnvironment());
  }

  private WebHandler(ShopTalk shopTalk) {
    this.app = shopTalk.webApp();
    warmUp();
    shopTalk.awaitStartUp();
    this.priming = WebPriming.register(shopTalk);
  }

  public WebHandler(WebApp app) {
    this.app = app;
    this.priming = null;
  }

  /**
   * Answers a page nobody links to (a "not found" page, which reads nothing from the table) as every request is
   * answered, without a request line: the JSON mapper, the routes, the page messages and the page templates are
   * loaded before the first friend's request. Runs while the DynamoDB client is still being made, on a thread that
   * would otherwise wait for it.
   */
  private void warmUp() {
    try (var quiet = RequestLog.muted()) {
      handleRequest(new ByteArrayInputStream(START_UP_EVENT.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(),
          null);
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not warm up the web pages", e);
    }
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    WebResponse response;
    try {
      response = app.handle(toRequest(Json.MAPPER.readTree(input)), context == null ? null : context.getAwsRequestId());
    } catch (IOException | RuntimeException malformed) {
      response = WebResponse.text(400, "Bad request");
    }
    Json.MAPPER.writeValue(output, toEvent(response));
  }

  static WebRequest toRequest(JsonNode event) {
    JsonNode http = event.path("requestContext").path("http");
    var headers = new HashMap<String, String>();
    event.path("headers").fields().forEachRemaining(
        e -> headers.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText()));
    var query = new HashMap<String, String>();
    String rawQuery = event.path("rawQueryString").asText("");
    query.putAll(parseForm(rawQuery));
    List<String> cookieHeaders = new ArrayList<>();
    event.path("cookies").forEach(c -> cookieHeaders.add(c.asText()));
    if (headers.containsKey("cookie")) {
      cookieHeaders.add(headers.get("cookie"));
    }
    String body = event.path("body").asText("");
    if (event.path("isBase64Encoded").asBoolean(false)) {
      body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
    }
    return new WebRequest(
        http.path("method").asText("GET"),
        event.path("rawPath").asText("/"),
        query,
        headers,
        WebRequest.parseCookies(cookieHeaders),
        body,
        http.path("sourceIp").asText(null));
  }

  static ObjectNode toEvent(WebResponse response) {
    ObjectNode event = Json.MAPPER.createObjectNode();
    event.put("statusCode", response.status());
    ObjectNode headers = event.putObject("headers");
    response.headers().forEach(headers::put);
    var cookies = event.putArray("cookies");
    response.cookies().forEach(cookies::add);
    event.put("body", response.body());
    event.put("isBase64Encoded", false);
    return event;
  }

  /** Decodes {@code application/x-www-form-urlencoded} text; the first value of a name wins. */
  public static Map<String, String> parseForm(String encoded) {
    var values = new HashMap<String, String>();
    if (encoded == null || encoded.isEmpty()) {
      return values;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        values.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException badEscape) {
        // a broken %-escape: skip that pair rather than fail the request
      }
    }
    return values;
  }

  /**
   * The JSON mapper, made by the constructor while the DynamoDB client is made in the background ({@link
   * ShopTalk#fromEnvironment()}), not by the class's initialisation before it.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }
}
