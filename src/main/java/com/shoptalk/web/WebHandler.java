package com.shoptalk.web;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shoptalk.ShopTalk;
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

/**
 * Lambda entry point for the friends' web pages, behind an API Gateway HTTP API (payload format
 * 2.0). It only translates the event to a {@link WebRequest} and back.
 */
public class WebHandler implements RequestStreamHandler {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebApp app;
  /** Held here: the runtime's checkpoint hooks reference it only weakly. */
  private final WebPriming priming;

  /** Lambda's constructor: wires ShopTalk from the environment once per container, primed before a SnapStart snapshot. */
  public WebHandler() {
    this(ShopTalk.fromEnvironment());
  }

  private WebHandler(ShopTalk shopTalk) {
    this.app = shopTalk.webApp();
    this.priming = WebPriming.register(shopTalk);
  }

  public WebHandler(WebApp app) {
    this.app = app;
    this.priming = null;
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    WebResponse response;
    try {
      response = app.handle(toRequest(JSON.readTree(input)), context == null ? null : context.getAwsRequestId());
    } catch (IOException | RuntimeException malformed) {
      response = WebResponse.text(400, "Bad request");
    }
    JSON.writeValue(output, toEvent(response));
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
    ObjectNode event = JSON.createObjectNode();
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
}
