package com.shoptalk.web;

import com.shoptalk.insights.InsightReport;
import com.shoptalk.insights.InsightsService;
import com.shoptalk.insights.ReportFormats;
import com.shoptalk.insights.ReportPeriod;
import com.shoptalk.ratelimit.RateLimiter;
import com.shoptalk.text.Messages;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The merchant's report behind the merchant key: {@code GET /merchant} (HTML with bar charts, in
 * the browser's language), {@code GET /merchant/insights.csv} and {@code .json}; {@code ?since=30d}
 * picks the period. Without the key they answer 401: the page with a login form, the files with a
 * short text. {@code POST /merchant/login} checks the key and sets the session cookie,
 * {@code POST /merchant/logout} ends it.
 */
public final class MerchantPages {
  /** Largest login form accepted. */
  static final int MAX_LOGIN_BYTES = 2048;
  private static final String REALM = "Bearer realm=\"ShopTalk merchant report\"";

  private enum Kind { HTML, CSV, JSON }

  private final WebApp app;
  private final InsightsService insights;
  private final MerchantAccess access;

  private MerchantPages(WebApp app, InsightsService insights, MerchantAccess access) {
    this.app = app;
    this.insights = insights;
    this.access = access;
  }

  /**
   * Adds the merchant routes to {@code app}.
   *
   * @param merchantKey the key that opens the report; {@code null} keeps it closed to everyone
   * @param limiter counts every merchant request per client (keep it apart from other limits)
   */
  public static MerchantPages register(WebApp app, InsightsService insights, String merchantKey, RateLimiter limiter,
      Clock clock) {
    var pages = new MerchantPages(app, insights, new MerchantAccess(merchantKey, limiter, clock));
    app.get("/merchant/?", call -> pages.guarded(call, Kind.HTML, pages::page));
    app.get("/merchant/insights\\.csv", call -> pages.guarded(call, Kind.CSV, pages::csv));
    app.get("/merchant/insights\\.json", call -> pages.guarded(call, Kind.JSON, pages::json));
    app.post("/merchant/login", call -> privately(pages.login(call)));
    app.post("/merchant/logout", call -> privately(pages.logout(call)));
    return pages;
  }

  private WebResponse guarded(WebApp.RouteCall call, Kind kind, BiFunction<WebRequest, InsightReport, WebResponse> render) {
    WebRequest request = call.request();
    WebResponse response;
    try {
      access.countTry(request);
      if (!access.allowed(request)) {
        response = unauthorized(request, kind, false);
      } else {
        response = render.apply(request, insights.report(insights.since(request.query().get("since"))));
      }
    } catch (MerchantAccess.TooManyTries tooMany) {
      response = app.errorPage(request, 429, "merchant.error.429")
          .withHeader("Retry-After", Long.toString(tooMany.retryAfter().toSeconds()));
    } catch (ReportPeriod.InvalidPeriod invalid) {
      response = app.errorPage(request, 400, "merchant.error.period");
    }
    return privately(response);
  }

  private WebResponse login(WebApp.RouteCall call) {
    WebRequest request = call.request();
    try {
      access.countTry(request);
    } catch (MerchantAccess.TooManyTries tooMany) {
      return app.errorPage(request, 429, "merchant.error.429")
          .withHeader("Retry-After", Long.toString(tooMany.retryAfter().toSeconds()));
    }
    if (request.body().getBytes(StandardCharsets.UTF_8).length > MAX_LOGIN_BYTES) {
      throw new HttpError(413, "web.error.413");
    }
    if (!PostGuard.sameOrigin(request)) {
      throw new HttpError(403, "web.error.403");
    }
    if (!access.matches(WebHandler.parseForm(request.body()).get("key"))) {
      return unauthorized(request, Kind.HTML, access.configured());
    }
    return new WebResponse(303, Map.of("Location", "/merchant"), List.of(access.startSession(request)), "");
  }

  private WebResponse logout(WebApp.RouteCall call) {
    WebRequest request = call.request();
    if (!PostGuard.sameOrigin(request)) {
      throw new HttpError(403, "web.error.403");
    }
    return new WebResponse(303, Map.of("Location", "/merchant"), List.of(access.endSession(request)), "");
  }

  private WebResponse unauthorized(WebRequest request, Kind kind, boolean wrongKey) {
    Messages m = WebApp.messagesFor(request);
    WebResponse response;
    if (kind == Kind.HTML) {
      var scope = new HashMap<String, Object>();
      scope.put("lang", m.locale().getLanguage());
      scope.put("t", PageTexts.withPrefix(m, "merchant."));
      scope.put("wrong", wrongKey);
      scope.put("notConfigured", !access.configured());
      response = WebResponse.of(401, "text/html; charset=utf-8", app.templates().render("merchant-login", scope));
    } else {
      response = WebResponse.text(401, m.raw("merchant.unauthorized") + "\n");
    }
    return response.withHeader("WWW-Authenticate", REALM);
  }

  private WebResponse csv(WebRequest request, InsightReport report) {
    String name = "shoptalk-insights-" + report.period().from() + "-" + report.period().to() + ".csv";
    return WebResponse.of(200, "text/csv; charset=utf-8", ReportFormats.csv(report))
        .withHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
  }

  private WebResponse json(WebRequest request, InsightReport report) {
    return WebResponse.of(200, "application/json; charset=utf-8", ReportFormats.json(report));
  }

  private WebResponse page(WebRequest request, InsightReport report) {
    String html = app.templates().render("merchant", ReportPage.scope(report, WebApp.messagesFor(request)));
    return WebResponse.of(200, "text/html; charset=utf-8", html);
  }

  private static WebResponse privately(WebResponse response) {
    return response.withHeader("Cache-Control", "no-store").withHeader("X-Robots-Tag", "noindex");
  }
}
