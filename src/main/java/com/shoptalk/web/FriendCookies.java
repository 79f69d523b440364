package com.shoptalk.web;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The friend and CSRF cookies of a request, with fresh values where they are missing: one random id
 * per browser (a browser is one friend on the question pages and the shared lists alike), and the
 * value every form post must repeat in a field.
 */
final class FriendCookies {
  static final String VOTER_COOKIE = "voter";
  static final String CSRF_COOKIE = "csrf";
  static final Duration COOKIE_AGE = Duration.ofDays(90);
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
    String friendValue = request.cookies().get(prefix + VOTER_COOKIE);
    String csrfValue = request.cookies().get(prefix + CSRF_COOKIE);
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
      response = response.withCookie(cookie(VOTER_COOKIE, friend));
    }
    if (!hadCsrf) {
      response = response.withCookie(cookie(CSRF_COOKIE, csrf));
    }
    return response;
  }

  private String cookie(String name, String value) {
    return prefix + name + "=" + value + "; Path=/; Max-Age=" + COOKIE_AGE.toSeconds()
        + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
  }

  private static String randomId() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
