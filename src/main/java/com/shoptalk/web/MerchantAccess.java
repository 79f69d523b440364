package com.shoptalk.web;

import com.shoptalk.ratelimit.RateLimiter;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who may read the merchant's report: requests that carry the merchant key as
 * {@code Authorization: Bearer <key>}, or the session cookie the login form sets.
 *
 * <p>Keys are compared as SHA-256 digests with {@link MessageDigest#isEqual}, in constant time
 * whatever their length. The cookie does not hold the key: it holds its expiry and an HMAC of it
 * under the key, so it cannot be forged, ends after {@link #SESSION}, and a new key ends every
 * session. Every merchant request first counts against a per-client rate limit, so the key cannot
 * be guessed by trying.
 */
final class MerchantAccess {
  static final String COOKIE = "merchant";
  static final Duration SESSION = Duration.ofHours(8);
  private static final String HMAC = "HmacSHA256";

  private final byte[] keyDigest;
  private final SecretKeySpec macKey;
  private final RateLimiter limiter;
  private final Clock clock;

  /**
   * @param key the merchant key; {@code null} or blank closes the report to everyone
   * @param limiter counts every merchant request per client
   */
  MerchantAccess(String key, RateLimiter limiter, Clock clock) {
    boolean set = key != null && !key.isBlank();
    this.keyDigest = set ? sha256(key.strip()) : null;
    this.macKey = set ? new SecretKeySpec(key.strip().getBytes(StandardCharsets.UTF_8), HMAC) : null;
    this.limiter = limiter;
    this.clock = clock;
  }

  /** Whether a merchant key is configured at all. */
  boolean configured() {
    return keyDigest != null;
  }

  /**
   * Counts a request against the client's limit.
   *
   * @throws TooManyTries when the client made too many requests this minute
   */
  void countTry(WebRequest request) {
    RateLimiter.Decision decision = limiter.hit("merchant " + request.clientAddress());
    if (!decision.allowed()) {
      throw new TooManyTries(decision.retryAfter());
    }
  }

  /** Whether the request carries the key as a bearer token or a valid session cookie. */
  boolean allowed(WebRequest request) {
    Optional<String> bearer = request.header("authorization")
        .map(String::strip)
        .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
        .map(h -> h.substring(7));
    if (bearer.isPresent()) {
      return matches(bearer.get());
    }
    String cookie = request.cookies().get(cookieName(request));
    return cookie != null && validSession(cookie);
  }

  /** Whether {@code presented} is the merchant key. */
  boolean matches(String presented) {
    return keyDigest != null && presented != null && MessageDigest.isEqual(keyDigest, sha256(presented.strip()));
  }

  /** The {@code Set-Cookie} value of a new session. */
  String startSession(WebRequest request) {
    long expires = clock.instant().plus(SESSION).getEpochSecond();
    return cookie(request, expires + "." + mac(expires), SESSION.toSeconds());
  }

  /** The {@code Set-Cookie} value that ends the session. */
  String endSession(WebRequest request) {
    return cookie(request, "", 0);
  }

  private boolean validSession(String value) {
    int dot = value.indexOf('.');
    if (keyDigest == null || dot < 1) {
      return false;
    }
    long expires;
    try {
      expires = Long.parseLong(value.substring(0, dot));
    } catch (NumberFormatException notOurs) {
      return false;
    }
    long now = clock.instant().getEpochSecond();
    if (expires <= now || expires > now + SESSION.toSeconds()) {
      return false;
    }
    return MessageDigest.isEqual(mac(expires).getBytes(StandardCharsets.US_ASCII),
        value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
  }

  private String mac(long expires) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(macKey);
      byte[] tag = mac.doFinal(("shoptalk merchant session until " + expires).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is missing", e);
    }
  }

  /** Over https the cookie carries the __Host- prefix: no other site on a shared domain can set it. */
  private static String cookie(WebRequest request, String value, long maxAge) {
    boolean secure = secure(request);
    return cookieName(request) + "=" + value + "; Path=/; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict"
        + (secure ? "; Secure" : "");
  }

  private static String cookieName(WebRequest request) {
    return (secure(request) ? "__Host-" : "") + COOKIE;
  }

  private static boolean secure(WebRequest request) {
    return request.header("x-forwarded-proto").map(p -> p.strip().equalsIgnoreCase("https")).orElse(false);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }

  /** A client asked for the report more often than the limit allows. */
  static final class TooManyTries extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Duration retryAfter;

    TooManyTries(Duration retryAfter) {
      super("too many merchant requests", null, false, false);
      this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
      return retryAfter;
    }
  }
}
