package com.shoptalk.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An HTTP request as the web layer sees it, whether it came from API Gateway or the local server.
 *
 * @param method upper-case HTTP method
 * @param path the decoded path, starting with {@code /}
 * @param query decoded query parameters (first value wins)
 * @param headers headers with lower-case names
 * @param cookies cookies by name
 * @param body the request body as text ({@code ""} when there is none)
 * @param clientAddress the caller's IP address, for rate limits
 */
public record WebRequest(
    String method,
    String path,
    Map<String, String> query,
    Map<String, String> headers,
    Map<String, String> cookies,
    String body,
    String clientAddress) {

  public WebRequest {
    method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
    path = path == null || path.isEmpty() ? "/" : path;
    query = Map.copyOf(query == null ? Map.of() : query);
    headers = Map.copyOf(headers == null ? Map.of() : headers);
    cookies = Map.copyOf(cookies == null ? Map.of() : cookies);
    body = body == null ? "" : body;
    clientAddress = clientAddress == null ? "unknown" : clientAddress;
  }

  /** A header by case-insensitive name. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  /** Parses a {@code Cookie} header into name/value pairs. */
  public static Map<String, String> parseCookies(List<String> cookieHeaders) {
    var cookies = new java.util.LinkedHashMap<String, String>();
    for (String header : cookieHeaders) {
      for (String part : header.split(";")) {
        int eq = part.indexOf('=');
        if (eq > 0) {
          cookies.putIfAbsent(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
      }
    }
    return cookies;
  }
}
