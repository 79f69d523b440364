package com.shoptalk.web;

import com.shoptalk.monitoring.RequestLog;
import com.shoptalk.storage.StorageUnavailableException;
import com.shoptalk.storage.TurnBudget;
import com.shoptalk.text.Templates;
import com.shoptalk.text.Messages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The friends' web pages: routes requests to controllers and, in one place, turns every failure
 * into an HTTP answer — a page's own domain errors as the page declared them ({@link #on}), a store
 * that did not answer as 503, too many posts as 429, anything unexpected as 500 — never a stack
 * trace. Used by the Lambda {@link WebHandler} and the local server alike.
 */
public final class WebApp {
  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

  /** Security headers every page carries. */
  static final Map<String, String> SECURITY_HEADERS = Map.of(
      "Content-Security-Policy",
          "default-src 'none'; img-src https: http: data:; style-src 'self' 'unsafe-inline'; "
              + "script-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
      "Referrer-Policy", "no-referrer",
      "X-Content-Type-Options", "nosniff",
      "X-Frame-Options", "DENY");

  private record Route(String method, Pattern path, Function<RouteCall, WebResponse> handler) {
    /** The route as logged: its path with each named group as {@code {name}} ({@code /q/{token}/vote}). */
    String name() {
      return method + " " + path.pattern().replaceAll("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>[^)]*\\)", "{$1}");
    }
  }

  /** One matched request: the request and the path's named groups. */
  public record RouteCall(WebRequest request, Map<String, String> params) {
    public String param(String name) {
      return params.get(name);
    }
  }

  /** How a failure of a route is answered. */
  @FunctionalInterface
  public interface FailureAnswer<E extends RuntimeException> {
    WebResponse answer(RouteCall call, E failure);
  }

  /** How long a browser should wait before posting again when the store did not answer. */
  static final Duration STORE_RETRY = Duration.ofSeconds(5);

  private final List<Route> routes = new ArrayList<>();
  private final Map<Class<?>, FailureAnswer<?>> failures = new ConcurrentHashMap<>();
  private final Templates templates;

  public WebApp(Templates templates) {
    this.templates = templates;
    get("/health", call -> WebResponse.of(200, "application/json", "{\"status\":\"ok\"}"));
    on(HttpError.class, (call, error) -> errorPage(call.request(), error.status(), error.messageKey()));
    on(PostGuard.TooManyPosts.class, (call, tooMany) -> errorPage(call.request(), 429, "web.error.429")
        .withHeader("Retry-After", Long.toString(tooMany.retryAfter().toSeconds())));
    on(StorageUnavailableException.class, (call, unavailable) -> {
      LOG.warn("web request {} not done: {}", RequestLog.current().name(), unavailable.getMessage());
      // A post (a vote, a comment, a reservation) is not known to be stored: send it again, it counts once.
      return errorPage(call.request(), 503, "POST".equals(call.request().method()) ? "web.error.503.post" : "web.error.503")
          .withHeader("Retry-After", Long.toString(STORE_RETRY.toSeconds()));
    });
  }

  /**
   * Declares how a failure of this type (and its subtypes without their own answer) is answered;
   * each type has one answer.
   */
  public <E extends RuntimeException> WebApp on(Class<E> type, FailureAnswer<? super E> answer) {
    if (failures.putIfAbsent(type, answer) != null) {
      throw new IllegalStateException("a second answer for " + type.getName());
    }
    return this;
  }

  /** Adds a GET route; {@code path} is a regular expression with named groups. */
  public WebApp get(String path, Function<RouteCall, WebResponse> handler) {
    routes.add(new Route("GET", Pattern.compile(path), handler));
    return this;
  }

  /** Adds a POST route; {@code path} is a regular expression with named groups. */
  public WebApp post(String path, Function<RouteCall, WebResponse> handler) {
    routes.add(new Route("POST", Pattern.compile(path), handler));
    return this;
  }

  public Templates templates() {
    return templates;
  }

  /** Answers one request; never throws. Pages are not cached unless they say so. */
  public WebResponse handle(WebRequest request) {
    return handle(request, null);
  }

  /**
   * Answers one request within the page's time for the store ({@link TurnBudget#PAGE}: a store that
   * does not answer in time gets the "busy, try again" page) and logs it ({@link RequestLog}, by
   * route, never by path); never throws.
   *
   * @param requestId Lambda's request id, or {@code null}
   */
  public WebResponse handle(WebRequest request, String requestId) {
    try (var log = RequestLog.begin("web", requestId); var budget = TurnBudget.start(TurnBudget.PAGE)) {
      WebResponse response = answer(request, log);
      log.status(response.status()).outcome(outcomeOf(response.status()));
      return response;
    }
  }

  private static RequestLog.Outcome outcomeOf(int status) {
    return status == 503 ? RequestLog.Outcome.STORE_FAILED
        : status >= 500 ? RequestLog.Outcome.ERROR
        : status >= 400 ? RequestLog.Outcome.REJECTED
        : RequestLog.Outcome.OK;
  }

  private WebResponse answer(WebRequest request, RequestLog log) {
    WebResponse response;
    var call = new RouteCall(request, Map.of());
    log.name("unmatched").locale(messagesFor(request).locale());
    try {
      Matched matched = route(request);
      call = matched.call();
      log.name(matched.route().name());
      response = matched.route().handler().apply(call);
    } catch (RuntimeException failure) {
      response = answer(call, failure, true);
    }
    if (!response.headers().containsKey("Cache-Control")) {
      response = response.withHeader("Cache-Control", "no-store");
    }
    for (var header : SECURITY_HEADERS.entrySet()) {
      if (!response.headers().containsKey(header.getKey())) {
        response = response.withHeader(header.getKey(), header.getValue());
      }
    }
    return response;
  }

  /**
   * The answer to a failure: the most specific one declared for its type; when that answer fails
   * in turn (the page it shows is gone meanwhile), the answer to that failure; else a 500 page.
   */
  @SuppressWarnings("unchecked")
  private WebResponse answer(RouteCall call, RuntimeException failure, boolean again) {
    for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
      var answer = (FailureAnswer<RuntimeException>) failures.get(type);
      if (answer != null) {
        try {
          return answer.answer(call, failure);
        } catch (RuntimeException answering) {
          if (again) {
            return answer(call, answering, false);
          }
          failure = answering;
          break;
        }
      }
    }
    LOG.error("web request {} failed", RequestLog.current().name(), failure);
    return errorPage(call.request(), 500, "web.error.500");
  }

  private record Matched(Route route, RouteCall call) {}

  private Matched route(WebRequest request) {
    boolean pathKnown = false;
    String method = "HEAD".equals(request.method()) ? "GET" : request.method();
    for (Route route : routes) {
      Matcher m = route.path().matcher(request.path());
      if (!m.matches()) {
        continue;
      }
      pathKnown = true;
      if (route.method().equals(method)) {
        return new Matched(route, new RouteCall(request, groups(route.path(), m)));
      }
    }
    throw new HttpError(pathKnown ? 405 : 404, pathKnown ? "web.error.405" : "web.error.404");
  }

  private static Map<String, String> groups(Pattern pattern, Matcher m) {
    var params = new HashMap<String, String>();
    var names = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>").matcher(pattern.pattern());
    while (names.find()) {
      params.put(names.group(1), m.group(names.group(1)));
    }
    return params;
  }

  /** The localized page for an error status. */
  public WebResponse errorPage(WebRequest request, int status, String messageKey) {
    Messages messages = messagesFor(request);
    var scope = Map.of(
        "lang", messages.locale().getLanguage(),
        "title", messages.text("web.error.title." + (status >= 500 ? "server" : "client")),
        "message", messages.text(messageKey),
        "status", status);
    return WebResponse.of(status, "text/html; charset=utf-8", templates.render("error", scope))
        .withHeader("Cache-Control", "no-store");
  }

  /** The messages for the browser's preferred language (German or English). */
  public static Messages messagesFor(WebRequest request) {
    String accept = request.header("accept-language").orElse("");
    for (String part : accept.split(",")) {
      String tag = part.split(";")[0].trim();
      if (tag.isEmpty() || "*".equals(tag)) {
        continue;
      }
      String language = tag.substring(0, Math.min(2, tag.length())).toLowerCase(java.util.Locale.ROOT);
      if (language.equals("de") || language.equals("en")) {
        return Messages.of(tag);
      }
    }
    return Messages.of("en-US");
  }
}
