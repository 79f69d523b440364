package com.shoptalk.web;

import com.shoptalk.question.Answer;
import com.shoptalk.question.InvalidAnswer;
import com.shoptalk.question.Links;
import com.shoptalk.question.Question;
import com.shoptalk.question.QuestionClosed;
import com.shoptalk.question.QuestionKind;
import com.shoptalk.question.QuestionNotFound;
import com.shoptalk.question.QuestionOption;
import com.shoptalk.question.QuestionService;
import com.shoptalk.question.Tally;
import com.shoptalk.ratelimit.RateLimiter;
import com.shoptalk.text.Messages;
import com.shoptalk.text.Prices;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The friends' question page: {@code GET /q/<token>} shows the question and, once the friend has
 * answered, the tally; {@code POST /q/<token>/vote} and {@code POST /q/<token>/idea} take answers
 * and redirect back (post/redirect/get).
 *
 * <p>Friends are told apart by a random {@value #VOTER_COOKIE} cookie. Posts must carry the
 * {@value #CSRF_COOKIE} cookie's value in a form field and must not come from another site.
 */
public final class QuestionPages {
  /** Largest form body accepted; a full idea form with the longest texts is well under it. */
  public static final int MAX_BODY_BYTES = 16 * 1024;
  static final String VOTER_COOKIE = "voter";
  static final String CSRF_COOKIE = "csrf";
  static final Duration COOKIE_AGE = Duration.ofDays(90);
  private static final String TOKEN_PATH = "/q/(?<token>[^/]+)";
  private static final Pattern RANDOM_ID = Pattern.compile("[A-Za-z0-9_-]{22}");
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SCRIPT = readResource("static/question.js");

  private final WebApp app;
  private final QuestionService service;
  private final RateLimiter limiter;
  private final Clock clock;

  public QuestionPages(WebApp app, QuestionService service, RateLimiter limiter, Clock clock) {
    this.app = app;
    this.service = service;
    this.limiter = limiter;
    this.clock = clock;
  }

  /** Adds the question routes to {@code app}. */
  public static QuestionPages register(WebApp app, QuestionService service, RateLimiter limiter, Clock clock) {
    var pages = new QuestionPages(app, service, limiter, clock);
    app.get(TOKEN_PATH, call -> pages.guarded(call, pages::page));
    app.post(TOKEN_PATH + "/vote", call -> pages.guarded(call, pages::vote));
    app.post(TOKEN_PATH + "/idea", call -> pages.guarded(call, pages::idea));
    app.get("/static/question\\.js", call -> WebResponse.of(200, "text/javascript; charset=utf-8", SCRIPT)
        .withHeader("Cache-Control", "public, max-age=86400"));
    return pages;
  }

  private WebResponse page(WebApp.RouteCall call) {
    String token = call.param("token");
    Question question = service.find(token).orElseThrow(QuestionNotFound::new);
    var cookies = new Cookies(call.request());
    if (!question.isOpen(clock.instant())) {
      throw new QuestionClosed(question);
    }
    Optional<Answer> mine = cookies.voter == null ? Optional.empty() : service.answerOf(token, cookies.voter);
    Tally tally = mine.isPresent() ? service.tally(token) : null;
    return cookies.apply(render(call.request(), question, tally, mine.orElse(null), cookies.csrf, 200));
  }

  private WebResponse vote(WebApp.RouteCall call) {
    var cookies = checkPost(call.request());
    Map<String, String> form = WebHandler.parseForm(call.request().body());
    int option;
    try {
      option = Integer.parseInt(form.getOrDefault("option", "").trim());
    } catch (NumberFormatException notANumber) {
      throw new InvalidAnswer("option");
    }
    service.vote(call.param("token"), cookies.voter, option, form.get("name"), form.get("comment"));
    return cookies.apply(backToPage(call));
  }

  private WebResponse idea(WebApp.RouteCall call) {
    var cookies = checkPost(call.request());
    Map<String, String> form = WebHandler.parseForm(call.request().body());
    service.addIdea(call.param("token"), cookies.voter, form.get("name"), form.get("idea"), form.get("link"));
    return cookies.apply(backToPage(call));
  }

  private static WebResponse backToPage(WebApp.RouteCall call) {
    return new WebResponse(303, Map.of("Location", "/q/" + call.param("token") + "#result"), List.of(), "");
  }

  /** Size, rate and cross-site checks every post passes before it touches a question. */
  private Cookies checkPost(WebRequest request) {
    if (request.body().getBytes(StandardCharsets.UTF_8).length > MAX_BODY_BYTES) {
      throw new HttpError(413, "web.error.413");
    }
    RateLimiter.Decision decision = limiter.hit(request.clientAddress());
    if (!decision.allowed()) {
      throw new TooManyPosts(decision.retryAfter());
    }
    if (!sameOrigin(request)) {
      throw new HttpError(403, "web.error.403");
    }
    var cookies = new Cookies(request);
    String field = WebHandler.parseForm(request.body()).get("csrf");
    if (!cookies.hadCsrf || field == null
        || !MessageDigest.isEqual(field.getBytes(StandardCharsets.UTF_8), cookies.csrf.getBytes(StandardCharsets.UTF_8))) {
      throw new HttpError(403, "web.error.403");
    }
    return cookies;
  }

  /**
   * Whether the browser says the post comes from this site. {@code Origin: null} is let through:
   * browsers send it for every form post from a page with {@code Referrer-Policy: no-referrer};
   * {@code Sec-Fetch-Site} and the CSRF token still hold.
   */
  static boolean sameOrigin(WebRequest request) {
    Optional<String> site = request.header("sec-fetch-site");
    if (site.isPresent() && !site.get().trim().equalsIgnoreCase("same-origin")) {
      return false;
    }
    Optional<String> origin = request.header("origin").map(String::trim);
    if (origin.isEmpty() || origin.get().equals("null")) {
      return true;
    }
    try {
      String authority = URI.create(origin.get()).getRawAuthority();
      return authority != null && authority.equalsIgnoreCase(request.header("host").orElse("").trim());
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  /** Runs a handler and maps domain failures to responses: the one place that does so. */
  private WebResponse guarded(WebApp.RouteCall call, Function<WebApp.RouteCall, WebResponse> handler) {
    WebResponse response;
    try {
      response = handler.apply(call);
    } catch (QuestionNotFound notFound) {
      response = app.errorPage(call.request(), 404, "web.question.notFound");
    } catch (QuestionClosed closed) {
      var cookies = new Cookies(call.request());
      String token = closed.question().token();
      Answer mine = cookies.voter == null ? null : service.answerOf(token, cookies.voter).orElse(null);
      Tally tally = service.tally(token);
      if (mine == null) {
        // A forwarded link shows strangers the final counts, but not the friends' names and words.
        tally = new Tally(tally.question(), tally.counts(), tally.voters(), List.of());
      }
      response = cookies.apply(render(call.request(), closed.question(), tally, mine, cookies.csrf, 410));
    } catch (InvalidAnswer invalid) {
      response = app.errorPage(call.request(), 400, "web.question.invalid." + invalid.field());
    } catch (TooManyPosts tooMany) {
      response = app.errorPage(call.request(), 429, "web.error.429")
          .withHeader("Retry-After", Long.toString(tooMany.retryAfter.toSeconds()));
    }
    return response.withHeader("Cache-Control", "no-store");
  }

  private WebResponse render(WebRequest request, Question question, Tally tally, Answer mine, String csrf, int status) {
    Messages m = WebApp.messagesFor(request);
    Locale locale = m.locale();
    boolean closed = status == 410;
    var scope = new HashMap<String, Object>();
    scope.put("lang", locale.getLanguage());
    scope.put("token", question.token());
    scope.put("csrf", csrf);
    scope.put("closed", closed);
    scope.put("open", !closed);
    scope.put("ideas", question.kind() == QuestionKind.IDEAS);
    scope.put("aboutOne", question.kind() == QuestionKind.ABOUT_ONE);
    scope.put("whichOne", question.kind() == QuestionKind.WHICH_ONE);
    scope.put("t", texts(m));

    String heading = m.raw("web.question.title." + question.kind().name());
    String asker = question.askerName() == null
        ? m.raw("web.question.friendAsks")
        : fill(m.raw("web.question.asks"), "name", question.askerName());
    scope.put("askerName", question.askerName());
    scope.put("asks", split(m.raw("web.question.asks"), "name"));
    scope.put("heading", heading);
    scope.put("topic", question.topic());
    String about = question.kind() == QuestionKind.IDEAS ? question.topic()
        : String.join(" · ", question.options().stream().map(QuestionOption::spokenName).toList());
    scope.put("pageTitle", asker + ": " + heading + (question.topic() == null ? "" : " " + question.topic()));
    scope.put("ogTitle", asker + ": " + heading);
    scope.put("ogDescription", about + " — " + m.raw(question.kind() == QuestionKind.IDEAS
        ? "web.question.og.ideas" : "web.question.og.vote"));
    question.options().stream().map(QuestionOption::imageLink).filter(l -> l != null).findFirst()
        .ifPresent(image -> scope.put("ogImage", image));

    var options = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < question.options().size(); i++) {
      QuestionOption o = question.options().get(i);
      var option = new HashMap<String, Object>();
      option.put("index", i);
      option.put("name", o.spokenName());
      option.put("title", o.title());
      option.put("image", o.imageLink());
      option.put("link", o.link());
      if (o.price() != null) {
        option.put("price", Prices.format(o.price(), o.currency(), locale));
      }
      options.add(option);
    }
    scope.put("options", options);
    if (question.kind() == QuestionKind.ABOUT_ONE) {
      scope.put("choices", List.of(
          Map.of("index", 0, "label", m.raw("web.question.buy"), "secondary", false),
          Map.of("index", 1, "label", m.raw("web.question.skip"), "secondary", true)));
    }

    if (mine != null) {
      scope.put("answered", true);
      scope.put("myName", mine.voterName());
      scope.put("myComment", mine.comment());
      if (mine.optionIndex() != null) {
        scope.put("myVote", split(m.raw("web.question.yourVote"), "choice"));
        scope.put("myChoice", choiceLabel(question, mine.optionIndex(), m));
      }
    }
    if (tally != null) {
      scope.put("tally", tallyScope(tally, m));
    }
    String html = app.templates().render("question", scope);
    return WebResponse.of(status, "text/html; charset=utf-8", html);
  }

  private Map<String, Object> tallyScope(Tally tally, Messages m) {
    Question question = tally.question();
    var scope = new HashMap<String, Object>();
    int votes = tally.votes();
    scope.put("friends", tally.voters() == 1 ? m.raw("web.question.friends.one")
        : m.text("web.question.friends", "count", tally.voters()));
    var rows = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < tally.counts().size(); i++) {
      int count = tally.counts().get(i);
      var row = new HashMap<String, Object>();
      row.put("label", choiceLabel(question, i, m));
      row.put("count", count);
      row.put("max", Math.max(1, votes));
      row.put("votes", count == 1 ? m.raw("web.question.votes.one") : m.text("web.question.votes", "count", count));
      row.put("winner", tally.winnerIndex().orElse(-1) == i);
      rows.add(row);
    }
    scope.put("rows", rows);
    scope.put("hasRows", !rows.isEmpty());
    var answers = new ArrayList<Map<String, Object>>();
    for (Answer answer : tally.latest()) {
      var row = new HashMap<String, Object>();
      row.put("name", answer.voterName() == null ? m.raw("web.question.someone") : answer.voterName());
      row.put("comment", answer.comment());
      row.put("idea", answer.ideaText());
      if (answer.ideaLink() != null) {
        row.put("link", answer.ideaLink());
        row.put("domain", Links.domain(answer.ideaLink()));
      }
      if (answer.optionIndex() != null && answer.optionIndex() < question.counters()) {
        row.put("choice", choiceLabel(question, answer.optionIndex(), m));
      }
      answers.add(row);
    }
    scope.put("answers", answers);
    scope.put("hasAnswers", !answers.isEmpty());
    return scope;
  }

  private static String choiceLabel(Question question, int index, Messages m) {
    if (question.kind() == QuestionKind.ABOUT_ONE) {
      return m.raw(index == 0 ? "web.question.buy" : "web.question.skip");
    }
    return question.options().get(index).spokenName();
  }

  /** Every {@code web.question.*} text by its last key segments, for the template's {@code t.*} lookups. */
  private static Map<String, String> texts(Messages m) {
    var texts = new HashMap<String, String>();
    for (String key : m.keys()) {
      if (key.startsWith("web.question.")) {
        texts.put(key.substring("web.question.".length()).replace('.', '_'), m.raw(key));
      }
    }
    return texts;
  }

  /**
   * A text with a placeholder, split around it, so that the template can put user text (a name)
   * into it escaped and isolated ({@code <bdi>}) without concatenating HTML.
   */
  private static Map<String, String> split(String raw, String placeholder) {
    String marker = "{" + placeholder + "}";
    int at = raw.indexOf(marker);
    if (at < 0) {
      return Map.of("before", raw, "after", "");
    }
    return Map.of("before", raw.substring(0, at), "after", raw.substring(at + marker.length()));
  }

  /** Fills one placeholder with a value as it is (Messages.text refuses values that contain braces). */
  private static String fill(String raw, String placeholder, String value) {
    return raw.replace("{" + placeholder + "}", value);
  }

  private static String randomId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String readResource(String name) {
    try (InputStream in = QuestionPages.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The voter and CSRF cookies of a request, with fresh values where they are missing. */
  private static final class Cookies {
    final String voter;
    final String csrf;
    final boolean hadVoter;
    final boolean hadCsrf;
    final boolean secure;

    /** Over https the cookies carry the __Host- prefix: no other site on a shared domain can set them. */
    final String prefix;

    Cookies(WebRequest request) {
      secure = request.header("x-forwarded-proto").map(p -> p.trim().equalsIgnoreCase("https")).orElse(false);
      prefix = secure ? "__Host-" : "";
      String voterValue = request.cookies().get(prefix + VOTER_COOKIE);
      String csrfValue = request.cookies().get(prefix + CSRF_COOKIE);
      hadVoter = voterValue != null && RANDOM_ID.matcher(voterValue).matches();
      hadCsrf = csrfValue != null && RANDOM_ID.matcher(csrfValue).matches();
      voter = hadVoter ? voterValue : randomId();
      csrf = hadCsrf ? csrfValue : randomId();
    }

    /** Sets the cookies the browser did not have yet. */
    WebResponse apply(WebResponse response) {
      if (!hadVoter) {
        response = response.withCookie(cookie(VOTER_COOKIE, voter));
      }
      if (!hadCsrf) {
        response = response.withCookie(cookie(CSRF_COOKIE, csrf));
      }
      return response;
    }

    private String cookie(String name, String value) {
      return prefix + name + "=" + value + "; Path=/; Max-Age=" + COOKIE_AGE.toSeconds() + "; HttpOnly; SameSite=Lax"
          + (secure ? "; Secure" : "");
    }
  }

  /** A client posted more than the rate limit allows. */
  private static final class TooManyPosts extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Duration retryAfter;

    TooManyPosts(Duration retryAfter) {
      super("too many posts", null, false, false);
      this.retryAfter = retryAfter;
    }
  }
}
