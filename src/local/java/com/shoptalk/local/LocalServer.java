package com.shoptalk.local;

import com.shoptalk.web.WebApp;
import com.shoptalk.web.WebRequest;
import com.shoptalk.web.WebResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local HTTP server: {@code POST /alexa} for the skill and every other path for the friends'
 * web pages. It binds to 127.0.0.1 only.
 */
public final class LocalServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LocalServer.class);
  /** Largest request body accepted; Alexa requests are a few kilobytes. */
  static final int MAX_BODY_BYTES = 256 * 1024;

  /** Answers a raw Alexa request envelope with a raw response envelope. */
  @FunctionalInterface
  public interface AlexaEndpoint {
    /**
     * Runs the skill.
     *
     * @throws IllegalArgumentException when the body is not an Alexa request envelope
     */
    byte[] handle(byte[] requestEnvelope);
  }

  private final HttpServer server;
  private final ExecutorService executor;

  private LocalServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts a server on 127.0.0.1; port 0 picks a free one. */
  public static LocalServer start(int port, AlexaEndpoint alexa, WebApp web) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    ExecutorService executor = Executors.newFixedThreadPool(32, runnable -> {
      Thread thread = new Thread(runnable, "shoptalk-http");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/", exchange -> {
      try (exchange) {
        serve(exchange, alexa, web);
      } catch (IOException | RuntimeException e) {
        LOG.warn("request {} {} failed: {}", exchange.getRequestMethod(), exchange.getRequestURI(), e.toString());
      }
    });
    server.start();
    return new LocalServer(server, executor);
  }

  /** The base URL, for example {@code http://127.0.0.1:8080}. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + port());
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static void serve(HttpExchange exchange, AlexaEndpoint alexa, WebApp web) throws IOException {
    byte[] body;
    try {
      body = readBody(exchange.getRequestBody());
    } catch (BodyTooLarge e) {
      send(exchange, WebResponse.text(413, "Request too large"));
      return;
    }
    String path = exchange.getRequestURI().getRawPath();
    if ("/alexa".equals(path)) {
      if (!"POST".equals(exchange.getRequestMethod())) {
        send(exchange, WebResponse.text(405, "POST an Alexa request envelope to /alexa").withHeader("Allow", "POST"));
        return;
      }
      try {
        byte[] answer = alexa.handle(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
      } catch (IllegalArgumentException bad) {
        send(exchange, WebResponse.text(400, "Bad request: " + bad.getMessage()));
      }
      return;
    }
    if (LocalProfileApi.handles(path)) {
      var answer = LocalProfileApi.answer(path, exchange.getRequestHeaders().getFirst("Authorization"));
      send(exchange, WebResponse.of(answer.getKey(), "application/json", answer.getValue()));
      return;
    }
    send(exchange, web.handle(toWebRequest(exchange, new String(body, StandardCharsets.UTF_8))));
  }

  private static WebRequest toWebRequest(HttpExchange exchange, String body) {
    var headers = new HashMap<String, String>();
    exchange.getRequestHeaders().forEach((name, values) ->
        headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
    var query = new HashMap<String, String>();
    String rawQuery = exchange.getRequestURI().getRawQuery();
    query.putAll(com.shoptalk.web.WebHandler.parseForm(rawQuery));
    List<String> cookieHeaders = exchange.getRequestHeaders().getOrDefault("Cookie", List.of());
    String path;
    try {
      path = URLDecoder.decode(exchange.getRequestURI().getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException badEscape) {
      path = exchange.getRequestURI().getRawPath();
    }
    return new WebRequest(
        exchange.getRequestMethod(),
        path,
        query,
        headers,
        WebRequest.parseCookies(cookieHeaders),
        body,
        exchange.getRemoteAddress().getAddress().getHostAddress());
  }

  private static void send(HttpExchange exchange, WebResponse response) throws IOException {
    response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
    response.cookies().forEach(cookie -> exchange.getResponseHeaders().add("Set-Cookie", cookie));
    byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
    boolean head = "HEAD".equals(exchange.getRequestMethod());
    exchange.sendResponseHeaders(response.status(), head || bytes.length == 0 ? -1 : bytes.length);
    if (!head && bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
  }

  private static final class BodyTooLarge extends Exception {
    private static final long serialVersionUID = 1L;
  }

  private static byte[] readBody(InputStream in) throws IOException, BodyTooLarge {
    byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
    if (bytes.length > MAX_BODY_BYTES) {
      throw new BodyTooLarge();
    }
    return bytes;
  }
}
