package com.shoptalk.web;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The friend and CSRF cookies of a request on a shared list's page, with fresh values where they are
 * missing: the same cookies, by name and form, as the question pages' voter and CSRF cookies, so a
 * browser is one friend on both.
 */
final class FriendCookies {
  private static final Pattern RANDOM_ID = Pattern.compile("[A-Za-z0-9_-]{22}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String friend;
  private final String csrf;
  private final boolean hadFriend;
  private final boolean hadCsrf;
  private final boolean secure;
  /** Over https the cookies carry the __Host- prefix: no other site on a shared domain can set them. */
  private final String prefix;

  FriendCookies(WebRequest request) {
    secure = request.header("x-forwarded-proto").map(p -> p.trim().equalsIgnoreCase("https")).orElse(false);
    prefix = secure ? "__Host-" : "";
    String friendValue = request.cookies().get(prefix + QuestionPages.VOTER_COOKIE);
    String csrfValue = request.cookies().get(prefix + QuestionPages.CSRF_COOKIE);
    hadFriend = friendValue != null && RANDOM_ID.matcher(friendValue).matches();
    hadCsrf = csrfValue != null && RANDOM_ID.matcher(csrfValue).matches();
    friend = hadFriend ? friendValue : randomId();
    csrf = hadCsrf ? csrfValue : randomId();
  }

  /** The friend's browser id. */
  String friend() {
    return friend;
  }

  String csrf() {
    return csrf;
  }

  /** Whether the browser sent a CSRF cookie (a post without one cannot be checked). */
  boolean hadCsrf() {
    return hadCsrf;
  }

  /** Sets the cookies the browser did not have yet. */
  WebResponse apply(WebResponse response) {
    if (!hadFriend) {
      response = response.withCookie(cookie(QuestionPages.VOTER_COOKIE, friend));
    }
    if (!hadCsrf) {
      response = response.withCookie(cookie(QuestionPages.CSRF_COOKIE, csrf));
    }
    return response;
  }

  private String cookie(String name, String value) {
    return prefix + name + "=" + value + "; Path=/; Max-Age=" + QuestionPages.COOKIE_AGE.toSeconds()
        + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
  }

  private static String randomId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
