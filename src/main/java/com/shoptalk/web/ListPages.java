package com.shoptalk.web;

import com.shoptalk.ratelimit.RateLimiter;
import com.shoptalk.sharing.InvalidReservation;
import com.shoptalk.sharing.NotYourReservation;
import com.shoptalk.sharing.ShareNotFound;
import com.shoptalk.sharing.ShareRevoked;
import com.shoptalk.sharing.SharedList;
import com.shoptalk.sharing.SharingService;
import com.shoptalk.sharing.WishGone;
import com.shoptalk.sharing.WishTaken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The page of a shared wish list: {@code GET /l/<token>} shows the wishes, free or taken;
 * {@code POST /l/<token>/reserve}, {@code /undo} and {@code /bought} change one wish and redirect
 * back (post/redirect/get). A friend who was not quick enough gets the page again with
 * "someone was quicker" (409).
 *
 * <p>Friends are told apart by the same random browser cookie as on the question pages; posts must
 * carry the CSRF cookie's value in a form field and must not come from another site.
 */
public final class ListPages {
  private static final String TOKEN_PATH = "/l/(?<token>[^/]+)";

  private final WebApp app;
  private final SharingService sharing;
  private final RateLimiter limiter;
  private final ListPageView view;

  private ListPages(WebApp app, SharingService sharing, RateLimiter limiter) {
    this.app = app;
    this.sharing = sharing;
    this.limiter = limiter;
    this.view = new ListPageView(app.templates());
  }

  /** Adds the shared-list routes to {@code app}. */
  public static void register(WebApp app, SharingService sharing, RateLimiter limiter) {
    var pages = new ListPages(app, sharing, limiter);
    app.get(TOKEN_PATH, call -> pages.guarded(call, pages::page));
    app.post(TOKEN_PATH + "/reserve", call -> pages.guarded(call, pages::reserve));
    app.post(TOKEN_PATH + "/undo", call -> pages.guarded(call, pages::undo));
    app.post(TOKEN_PATH + "/bought", call -> pages.guarded(call, pages::bought));
  }

  private WebResponse page(WebApp.RouteCall call) {
    var cookies = new FriendCookies(call.request());
    SharedList list = sharing.open(call.param("token"));
    return cookies.apply(view.render(call.request(), list, cookies.friend(), cookies.csrf(), null, 200));
  }

  private WebResponse reserve(WebApp.RouteCall call) {
    var post = checkPost(call.request());
    sharing.reserve(call.param("token"), item(post.form), post.cookies.friend(), post.form.get("name"), post.form.get("note"));
    return backToWish(call, post);
  }

  private WebResponse undo(WebApp.RouteCall call) {
    var post = checkPost(call.request());
    sharing.undo(call.param("token"), item(post.form), post.cookies.friend());
    return backToWish(call, post);
  }

  private WebResponse bought(WebApp.RouteCall call) {
    var post = checkPost(call.request());
    sharing.markBought(call.param("token"), item(post.form), post.cookies.friend());
    return backToWish(call, post);
  }

  private static long item(Map<String, String> form) {
    try {
      return Long.parseLong(form.getOrDefault("item", "").trim());
    } catch (NumberFormatException notANumber) {
      throw new InvalidReservation("item");
    }
  }

  private static WebResponse backToWish(WebApp.RouteCall call, Post post) {
    String location = "/l/" + call.param("token") + "#wish-" + item(post.form);
    return post.cookies.apply(new WebResponse(303, Map.of("Location", location), List.of(), ""));
  }

  private record Post(FriendCookies cookies, Map<String, String> form) {}

  /** Size, rate and cross-site checks every post passes before it touches a list. */
  private Post checkPost(WebRequest request) {
    if (request.body().getBytes(StandardCharsets.UTF_8).length > QuestionPages.MAX_BODY_BYTES) {
      throw new HttpError(413, "web.error.413");
    }
    RateLimiter.Decision decision = limiter.hit(request.clientAddress());
    if (!decision.allowed()) {
      throw new FriendCookies.TooManyPosts(decision.retryAfter());
    }
    if (!QuestionPages.sameOrigin(request)) {
      throw new HttpError(403, "web.error.403");
    }
    var cookies = new FriendCookies(request);
    Map<String, String> form = WebHandler.parseForm(request.body());
    String field = form.get("csrf");
    if (!cookies.hadCsrf() || field == null
        || !MessageDigest.isEqual(field.getBytes(StandardCharsets.UTF_8), cookies.csrf().getBytes(StandardCharsets.UTF_8))) {
      throw new HttpError(403, "web.error.403");
    }
    return new Post(cookies, form);
  }

  /** Runs a handler and maps domain failures to responses: the one place that does so for this page. */
  private WebResponse guarded(WebApp.RouteCall call, Function<WebApp.RouteCall, WebResponse> handler) {
    WebResponse response;
    try {
      response = handler.apply(call);
    } catch (ShareNotFound notFound) {
      response = app.errorPage(call.request(), 404, "lists.page.notFound");
    } catch (ShareRevoked revoked) {
      response = view.revoked(call.request());
    } catch (WishTaken taken) {
      return guarded(call, c -> again(c, ListPageView.Notice.quicker(taken.item().item().title())));
    } catch (WishGone gone) {
      return guarded(call, c -> again(c, ListPageView.Notice.of("lists.page.gone")));
    } catch (NotYourReservation notYours) {
      return guarded(call, c -> again(c, ListPageView.Notice.of("lists.page.notYours")));
    } catch (InvalidReservation invalid) {
      response = app.errorPage(call.request(), 400, "lists.page.invalid." + invalid.field());
    } catch (FriendCookies.TooManyPosts tooMany) {
      response = app.errorPage(call.request(), 429, "web.error.429")
          .withHeader("Retry-After", Long.toString(tooMany.retryAfter().toSeconds()));
    }
    return response.withHeader("Cache-Control", "no-store");
  }

  /** The page again, with a notice on top, as a 409: the friend's post changed nothing. */
  private WebResponse again(WebApp.RouteCall call, ListPageView.Notice notice) {
    var cookies = new FriendCookies(call.request());
    SharedList list = sharing.open(call.param("token"));
    return cookies.apply(view.render(call.request(), list, cookies.friend(), cookies.csrf(), notice, 409));
  }
}
