package com.shoptalk.alexa;

import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.ApiClientRequest;
import com.amazon.ask.model.services.ApiClientResponse;
import com.amazon.ask.model.services.Pair;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;

/**
 * The ASK SDK's HTTP client for Alexa's APIs (customer profile), on the JDK's own HTTP client with
 * short timeouts so a slow API cannot push an answer past Alexa's eight seconds. The JDK's client (its TLS set-up,
 * its selector thread) is made on the first call: few requests call an Alexa API, and a cold start should not wait
 * for it.
 */
public final class JdkApiClient implements ApiClient {
  private static final Duration TIMEOUT = Duration.ofSeconds(2);
  private volatile HttpClient http;

  @Override
  public ApiClientResponse invoke(ApiClientRequest request) {
    var builder = HttpRequest.newBuilder(URI.create(request.getUrl())).timeout(TIMEOUT);
    if (request.getHeaders() != null) {
      for (Pair<String, String> header : request.getHeaders()) {
        if (!header.getName().equalsIgnoreCase("Content-Length") && !header.getName().equalsIgnoreCase("Host")) {
          builder.header(header.getName(), header.getValue());
        }
      }
    }
    String body = request.getBody();
    builder.method(request.getMethod(), body == null
        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    try {
      HttpResponse<String> response = http().send(builder.build(), HttpResponse.BodyHandlers.ofString());
      var result = new ApiClientResponse();
      result.setStatusCode(response.statusCode());
      result.setBody(response.body());
      var headers = new ArrayList<Pair<String, String>>();
      response.headers().map().forEach((name, values) -> values.forEach(v -> headers.add(new Pair<>(name, v))));
      result.setHeaders(headers);
      return result;
    } catch (IOException e) {
      throw new IllegalStateException("Alexa API not reachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling an Alexa API", e);
    }
  }

  private HttpClient http() {
    HttpClient made = http;
    if (made == null) {
      synchronized (this) {
        made = http;
        if (made == null) {
          made = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
          http = made;
        }
      }
    }
    return made;
  }
}
