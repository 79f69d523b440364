package com.shoptalk.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An HTTP response from the web layer.
 *
 * @param status HTTP status code
 * @param headers single-valued headers
 * @param cookies {@code Set-Cookie} values, each a whole cookie string
 * @param body the body as text
 */
public record WebResponse(int status, Map<String, String> headers, List<String> cookies, String body) {

  public WebResponse {
    headers = Map.copyOf(headers);
    cookies = List.copyOf(cookies);
    body = body == null ? "" : body;
  }

  /** A response with a content type and a body. */
  public static WebResponse of(int status, String contentType, String body) {
    return new WebResponse(status, Map.of("Content-Type", contentType), List.of(), body);
  }

  /** A plain-text response. */
  public static WebResponse text(int status, String body) {
    return of(status, "text/plain; charset=utf-8", body);
  }

  /** A copy with one more header. */
  public WebResponse withHeader(String name, String value) {
    var copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new WebResponse(status, copy, cookies, body);
  }

  /** A copy with one more cookie. */
  public WebResponse withCookie(String cookie) {
    var copy = new java.util.ArrayList<>(cookies);
    copy.add(cookie);
    return new WebResponse(status, headers, copy, body);
  }
}
