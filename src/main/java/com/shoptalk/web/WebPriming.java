package com.shoptalk.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shoptalk.ShopTalk;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SnapStart priming for the web function. Before Lambda snapshots the initialised function, each page kind is
 * rendered in English and German through the function's own event handling, on pages wired like the real ones but
 * over the table read and never written ({@link ShopTalk#withoutWrites()}): a friend's question link and a shared
 * list that do not exist (their "not found" pages, read from the table), a shop link that leads nowhere, the
 * merchant's login page (401 without the key) and the health check. Templates, messages, JSON and DynamoDB's
 * client are loaded and run; nothing is stored.
 *
 * <p>After a restore nothing needs refreshing: the clock is read per request, and the AWS SDK's credential
 * providers fetch fresh credentials when theirs expire.
 */
public final class WebPriming implements Resource {
  private static final Logger LOG = LoggerFactory.getLogger(WebPriming.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The paths rendered; tokens and codes no link carries. */
  static final List<String> PATHS = List.of("/health", "/q/snapstart-priming-question", "/l/snapstart-priming-list",
      "/go/snapstart-priming", "/merchant");

  private final ShopTalk app;

  /** @param app the function's own wiring; priming never writes its table */
  public WebPriming(ShopTalk app) {
    this.app = app;
  }

  /**
   * Registers priming with the runtime's checkpoint hooks (SnapStart); keep the returned object referenced. With
   * {@code PRIME_AT_INIT=true} it primes at once too: for provisioned concurrency, or to measure what priming saves.
   */
  public static WebPriming register(ShopTalk app) {
    WebPriming priming = new WebPriming(app);
    Core.getGlobalContext().register(priming);
    if (Boolean.parseBoolean(System.getenv(ShopTalk.PRIME_AT_INIT))) {
      priming.beforeCheckpoint(null);
    }
    return priming;
  }

  /**
   * Renders every priming page in both languages.
   *
   * @return each answer as the function returns it (an HTTP API event), in order
   */
  public List<JsonNode> prime() {
    WebHandler pages = new WebHandler(app.withoutWrites().webApp());
    List<JsonNode> answers = new ArrayList<>();
    for (String language : List.of("en-US,en;q=0.9", "de-DE,de;q=0.9")) {
      for (String path : PATHS) {
        answers.add(get(pages, path, language));
      }
    }
    return answers;
  }

  @Override
  public void beforeCheckpoint(Context<? extends Resource> context) {
    long start = System.nanoTime();
    try {
      int answers = prime().size();
      LOG.info("primed the web pages before the snapshot: {} requests in {} ms", answers,
          (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      // A snapshot without priming is slower to answer first, never wrong: take it anyway.
      LOG.warn("priming the web pages failed; snapshot taken without it", e);
    }
  }

  @Override
  public void afterRestore(Context<? extends Resource> context) {
    LOG.info("restored from the SnapStart snapshot");
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
