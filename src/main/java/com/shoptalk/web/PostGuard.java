package com.shoptalk.web;

import com.shoptalk.ratelimit.RateLimiter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The checks every form post passes before it touches a question or a list: its size, the
 * client's rate, that it comes from this site, and the CSRF cookie's value repeated in a field.
 */
final class PostGuard {
  /** Largest form body accepted; a full idea form with the longest texts is well under it. */
  static final int MAX_BODY_BYTES = 16 * 1024;

  private final RateLimiter limiter;

  PostGuard(RateLimiter limiter) {
    this.limiter = limiter;
  }

  /** A post that passed: the friend's cookies and the decoded form. */
  record Post(FriendCookies cookies, Map<String, String> form) {}

  /**
   * Checks a post.
   *
   * @throws HttpError 413 for a body too large, 403 for a post from elsewhere or without the CSRF value
   * @throws TooManyPosts when the client posted more than the rate limit allows
   */
  Post check(WebRequest request) {
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
    var cookies = new FriendCookies(request);
    Map<String, String> form = WebHandler.parseForm(request.body());
    String field = form.get("csrf");
    if (!cookies.hadCsrf() || field == null
        || !MessageDigest.isEqual(field.getBytes(StandardCharsets.UTF_8), cookies.csrf().getBytes(StandardCharsets.UTF_8))) {
      throw new HttpError(403, "web.error.403");
    }
    return new Post(cookies, form);
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

  /** A client posted more than the rate limit allows. */
  static final class TooManyPosts extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Duration retryAfter;

    TooManyPosts(Duration retryAfter) {
      super("too many posts", null, false, false);
      this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
      return retryAfter;
    }
  }
}
