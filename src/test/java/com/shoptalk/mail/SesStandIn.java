package com.shoptalk.mail;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the Amazon SES API on 127.0.0.1: it answers {@code SendRawEmail} (the query
 * protocol the AWS SDK speaks: a form POST, an XML answer) and keeps every request's parameters.
 */
final class SesStandIn implements AutoCloseable {
  private static final String ACCEPTED = """
      <SendRawEmailResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/">
        <SendRawEmailResult><MessageId>0100018f-stand-in</MessageId></SendRawEmailResult>
        <ResponseMetadata><RequestId>5b0f6e2c-0000-4000-8000-000000000001</RequestId></ResponseMetadata>
      </SendRawEmailResponse>""";

  private final HttpServer server;
  private final List<Map<String, String>> requests = new CopyOnWriteArrayList<>();

  SesStandIn() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  List<Map<String, String>> requests() {
    return requests;
  }

  /** The raw MIME message of a received request, decoded from its {@code RawMessage.Data}. */
  static byte[] rawMessage(Map<String, String> request) {
    return Base64.getDecoder().decode(request.get("RawMessage.Data"));
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      var form = new LinkedHashMap<String, String>();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      for (String pair : body.split("&")) {
        int eq = pair.indexOf('=');
        if (eq > 0) {
          form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
      requests.add(form);
      boolean known = "POST".equals(exchange.getRequestMethod()) && "SendRawEmail".equals(form.get("Action"));
      byte[] answer = (known ? ACCEPTED : "<ErrorResponse/>").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/xml");
      exchange.sendResponseHeaders(known ? 200 : 400, answer.length);
      exchange.getResponseBody().write(answer);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
