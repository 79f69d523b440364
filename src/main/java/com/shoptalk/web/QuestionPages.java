package com.shoptalk.web;

import com.shoptalk.insights.ShopLinks;
import com.shoptalk.question.Answer;
import com.shoptalk.question.InvalidAnswer;
import com.shoptalk.question.Question;
import com.shoptalk.question.QuestionClosed;
import com.shoptalk.question.QuestionNotFound;
import com.shoptalk.question.QuestionService;
import com.shoptalk.question.Tally;
import com.shoptalk.ratelimit.RateLimiter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The friends' question page: {@code GET /q/<token>} shows the question and, once the friend has
 * answered, the tally; {@code POST /q/<token>/vote} and {@code POST /q/<token>/idea} take answers
 * and redirect back (post/redirect/get). A closed question shows its final tally (410).
 *
 * <p>Friends are told apart by their {@link FriendCookies}; every post passes the {@link PostGuard}.
 */
public final class QuestionPages {
  private static final String TOKEN_PATH = "/q/(?<token>[^/]+)";
  private static final String SCRIPT = readResource("static/question.js");

  private final QuestionService service;
  private final PostGuard guard;
  private final QuestionPageView view;
  private final Clock clock;

  private QuestionPages(QuestionService service, PostGuard guard, QuestionPageView view, Clock clock) {
    this.service = service;
    this.guard = guard;
    this.view = view;
    this.clock = clock;
  }

  /**
   * Adds the question routes, and the answers to their failures, to {@code app}.
   *
   * @param shopLinks makes the options' shop links (counted, {@code /go/<code>})
   */
  public static void register(WebApp app, QuestionService service, RateLimiter limiter, Clock clock, ShopLinks shopLinks) {
    var pages = new QuestionPages(service, new PostGuard(limiter), new QuestionPageView(app.templates(), shopLinks), clock);
    app.get(TOKEN_PATH, pages::page);
    app.post(TOKEN_PATH + "/vote", pages::vote);
    app.post(TOKEN_PATH + "/idea", pages::idea);
    app.get("/static/question\\.js", call -> WebResponse.of(200, "text/javascript; charset=utf-8", SCRIPT)
        .withHeader("Cache-Control", "public, max-age=86400"));
    app.on(QuestionNotFound.class, (call, notFound) -> app.errorPage(call.request(), 404, "web.question.notFound"));
    app.on(InvalidAnswer.class, (call, invalid) -> app.errorPage(call.request(), 400, "web.question.invalid." + invalid.field()));
    app.on(QuestionClosed.class, pages::closed);
  }

  private WebResponse page(WebApp.RouteCall call) {
    String token = call.param("token");
    Question question = service.find(token).orElseThrow(QuestionNotFound::new);
    var cookies = new FriendCookies(call.request());
    if (!question.isOpen(clock.instant())) {
      throw new QuestionClosed(question);
    }
    Optional<Answer> mine = service.answerOf(token, cookies.friend());
    Tally tally = mine.isPresent() ? service.tally(token) : null;
    return cookies.apply(view.render(call.request(), question, tally, mine.orElse(null), cookies.csrf(), 200));
  }

  private WebResponse vote(WebApp.RouteCall call) {
    var post = guard.check(call.request());
    int option;
    try {
      option = Integer.parseInt(post.form().getOrDefault("option", "").trim());
    } catch (NumberFormatException notANumber) {
      throw new InvalidAnswer("option");
    }
    // The checkbox "the shop may read my comment": off unless ticked; kept with the answer, so the page shows it ticked again.
    boolean commentShared = "yes".equals(post.form().get("shareComment"));
    service.vote(call.param("token"), post.cookies().friend(), option, post.form().get("name"), post.form().get("comment"),
        commentShared);
    return post.cookies().apply(backToPage(call));
  }

  private WebResponse idea(WebApp.RouteCall call) {
    var post = guard.check(call.request());
    service.addIdea(call.param("token"), post.cookies().friend(), post.form().get("name"), post.form().get("idea"),
        post.form().get("link"));
    return post.cookies().apply(backToPage(call));
  }

  /** A closed question: its final tally (410), to strangers without the friends' names and words. */
  private WebResponse closed(WebApp.RouteCall call, QuestionClosed closed) {
    var cookies = new FriendCookies(call.request());
    String token = closed.question().token();
    Answer mine = service.answerOf(token, cookies.friend()).orElse(null);
    Tally tally = service.tally(token);
    if (mine == null) {
      // A forwarded link shows strangers the final counts, but not the friends' names and words.
      tally = new Tally(tally.question(), tally.counts(), tally.voters(), List.of());
    }
    return cookies.apply(view.render(call.request(), closed.question(), tally, mine, cookies.csrf(), 410));
  }

  private static WebResponse backToPage(WebApp.RouteCall call) {
    return new WebResponse(303, Map.of("Location", "/q/" + call.param("token") + "#result"), List.of(), "");
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
}
