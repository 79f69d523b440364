package com.shoptalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shoptalk.ShopTalk;
import com.shoptalk.monitoring.RequestLog;
import com.shoptalk.priming.Priming;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * SnapStart priming for the web function. Before Lambda snapshots the initialised function, each page kind is
 * rendered in English and German through the function's own event handling, on pages wired like the real ones but
 * over the table read and never written ({@link ShopTalk#withoutWrites()}): a friend's question link and a shared
 * list that do not exist (their "not found" pages, read from the table), a shop link that leads nowhere, the
 * merchant's login page (401 without the key) and the health check. Templates, messages, JSON and DynamoDB's
 * client are loaded and run; nothing is stored.
 */
public final class WebPriming extends Priming {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The paths rendered; tokens and codes no link carries. */
  static final List<String> PATHS = List.of("/health", "/q/snapstart-priming-question", "/l/snapstart-priming-list",
      "/go/snapstart-priming", "/merchant");

  private final ShopTalk app;

  /** @param app the function's own wiring; priming never writes its table */
  public WebPriming(ShopTalk app) {
    super("the web pages");
    this.app = app;
  }

  /** Registers priming with the runtime's checkpoint hooks ({@link Priming#register}). */
  public static WebPriming register(ShopTalk app) {
    return Priming.register(new WebPriming(app));
  }

  /**
   * Renders every priming page in both languages.
   *
   * @return each answer as the function returns it (an HTTP API event), in order
   */
  @Override
  public List<JsonNode> prime() {
    WebHandler pages = new WebHandler(app.withoutWrites().webApp());
    List<JsonNode> answers = new ArrayList<>();
    try (var rehearsal = RequestLog.muted()) { // no request lines for an operator: nobody asked
      for (String language : List.of("en-US,en;q=0.9", "de-DE,de;q=0.9")) {
        for (String path : PATHS) {
          answers.add(get(pages, path, language));
        }
      }
    }
    return answers;
  }

  static JsonNode get(WebHandler pages, String path, String acceptLanguage) {
    ObjectNode event = JSON.createObjectNode();
    event.put("version", "2.0");
    event.put("routeKey", "$default");
    event.put("rawPath", path);
    event.put("rawQueryString", "");
    event.putObject("headers").put("accept-language", acceptLanguage).put("user-agent", "ShopTalk SnapStart priming");
    ObjectNode http = event.putObject("requestContext").putObject("http");
    http.put("method", "GET");
    http.put("path", path);
    http.put("sourceIp", "127.0.0.1");
    event.put("isBase64Encoded", false);
    try {
      var out = new ByteArrayOutputStream();
      pages.handleRequest(new ByteArrayInputStream(event.toString().getBytes(StandardCharsets.UTF_8)), out, null);
      return JSON.readTree(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
