package com.shoptalk.web;

import com.shoptalk.insights.ShopLinks;
import java.util.List;
import java.util.Map;

/**
 * The counting shop links: {@code GET /go/<code>} counts the click and answers 303 with the
 * product's shop link and ShopTalk's UTM parameters; a code that leads to no catalog product gets
 * a 404 page. {@code HEAD} requests and browser prefetches are answered without counting.
 */
public final class GoRedirect {
  private GoRedirect() {}

  /** Adds the {@code /go/<code>} route to {@code app}. */
  public static void register(WebApp app, ShopLinks links) {
    app.get("/go/(?<code>[^/]+)", call -> {
      WebRequest request = call.request();
      boolean count = "GET".equals(request.method()) && !prefetch(request);
      return links.follow(call.param("code"), count)
          .map(target -> new WebResponse(303, Map.of("Location", target), List.of(), ""))
          .orElseGet(() -> app.errorPage(request, 404, "merchant.go.notFound"))
          .withHeader("Cache-Control", "no-store")
          .withHeader("X-Robots-Tag", "noindex");
    });
  }

  /** Whether the browser only fetches the link ahead, in case it is followed. */
  private static boolean prefetch(WebRequest request) {
    String purpose = request.header("sec-purpose").or(() -> request.header("purpose")).orElse("");
    return purpose.toLowerCase(java.util.Locale.ROOT).contains("prefetch");
  }
}
