package com.shoptalk.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A minimal browser: keeps cookies, does not follow redirects, sends what a same-site form post sends. */
public final class FormBrowser {
  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  public final Map<String, String> cookies = new LinkedHashMap<>();
  private final URI base;
  private final String acceptLanguage;

  public FormBrowser(URI base, String acceptLanguage) {
    this.base = base;
    this.acceptLanguage = acceptLanguage;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET().build());
  }

  /** A same-origin form post with the CSRF field filled in from the cookie, like the page's form. */
  public HttpResponse<String> post(String path, Map<String, String> fields) {
    var form = new LinkedHashMap<String, String>();
    form.put("csrf", cookies.getOrDefault("csrf", ""));
    form.putAll(fields);
    return post(path, encode(form), Map.of("Origin", base.toString(), "Sec-Fetch-Site", "same-origin"));
  }

  public HttpResponse<String> post(String path, String body, Map<String, String> headers) {
    var builder = request(path)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(builder::header);
    return send(builder.build());
  }

  public static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private HttpRequest.Builder request(String path) {
    var builder = HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", acceptLanguage);
    if (!cookies.isEmpty()) {
      builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      for (String cookie : response.headers().allValues("Set-Cookie")) {
        String pair = cookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
      return response;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
