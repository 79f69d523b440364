package com.shoptalk.web;

import com.shoptalk.insights.ShopLinks;
import com.shoptalk.ratelimit.RateLimiter;
import com.shoptalk.sharing.InvalidReservation;
import com.shoptalk.sharing.NotYourReservation;
import com.shoptalk.sharing.ShareNotFound;
import com.shoptalk.sharing.ShareRevoked;
import com.shoptalk.sharing.SharedList;
import com.shoptalk.sharing.SharingService;
import com.shoptalk.sharing.WishGone;
import com.shoptalk.sharing.WishTaken;
import java.util.List;
import java.util.Map;

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

  private final SharingService sharing;
  private final PostGuard guard;
  private final ListPageView view;

  private ListPages(SharingService sharing, PostGuard guard, ListPageView view) {
    this.sharing = sharing;
    this.guard = guard;
    this.view = view;
  }

  /**
   * Adds the shared-list routes, and the answers to their failures, to {@code app}.
   *
   * @param shopLinks makes the wishes' shop links counting links ({@code /go/<code>})
   */
  public static void register(WebApp app, SharingService sharing, RateLimiter limiter, ShopLinks shopLinks) {
    var pages = new ListPages(sharing, new PostGuard(limiter), new ListPageView(app.templates(), shopLinks));
    app.get(TOKEN_PATH, pages::page);
    app.post(TOKEN_PATH + "/reserve", pages::reserve);
    app.post(TOKEN_PATH + "/undo", pages::undo);
    app.post(TOKEN_PATH + "/bought", pages::bought);
    app.on(ShareNotFound.class, (call, notFound) -> app.errorPage(call.request(), 404, "lists.page.notFound"));
    app.on(ShareRevoked.class, (call, revoked) -> pages.view.revoked(call.request()));
    app.on(WishTaken.class, (call, taken) -> pages.again(call, ListPageView.Notice.quicker(taken.item().item().title())));
    app.on(WishGone.class, (call, gone) -> pages.again(call, ListPageView.Notice.of("lists.page.gone")));
    app.on(NotYourReservation.class, (call, notYours) -> pages.again(call, ListPageView.Notice.of("lists.page.notYours")));
    app.on(InvalidReservation.class, (call, invalid) -> app.errorPage(call.request(), 400, "lists.page.invalid." + invalid.field()));
  }

  private WebResponse page(WebApp.RouteCall call) {
    var cookies = new FriendCookies(call.request());
    SharedList list = sharing.open(call.param("token"));
    return cookies.apply(view.render(call.request(), list, cookies.friend(), cookies.csrf(), null, 200));
  }

  private WebResponse reserve(WebApp.RouteCall call) {
    var post = guard.check(call.request());
    sharing.reserve(call.param("token"), item(post.form()), post.cookies().friend(), post.form().get("name"), post.form().get("note"));
    return backToWish(call, post);
  }

  private WebResponse undo(WebApp.RouteCall call) {
    var post = guard.check(call.request());
    sharing.undo(call.param("token"), item(post.form()), post.cookies().friend());
    return backToWish(call, post);
  }

  private WebResponse bought(WebApp.RouteCall call) {
    var post = guard.check(call.request());
    sharing.markBought(call.param("token"), item(post.form()), post.cookies().friend());
    return backToWish(call, post);
  }

  private static long item(Map<String, String> form) {
    try {
      return Long.parseLong(form.getOrDefault("item", "").trim());
    } catch (NumberFormatException notANumber) {
      throw new InvalidReservation("item");
    }
  }

  private static WebResponse backToWish(WebApp.RouteCall call, PostGuard.Post post) {
    String location = "/l/" + call.param("token") + "#wish-" + item(post.form());
    return post.cookies().apply(new WebResponse(303, Map.of("Location", location), List.of(), ""));
  }

  /** The page again, with a notice on top, as a 409: the friend's post changed nothing. */
  private WebResponse again(WebApp.RouteCall call, ListPageView.Notice notice) {
    var cookies = new FriendCookies(call.request());
    SharedList list = sharing.open(call.param("token"));
    return cookies.apply(view.render(call.request(), list, cookies.friend(), cookies.csrf(), notice, 409));
  }
}
