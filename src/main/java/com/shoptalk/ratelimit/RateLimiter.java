package com.shoptalk.ratelimit;

import java.time.Duration;

/** Counts requests per client so that one client cannot flood the pages with posts. */
public interface RateLimiter {
  /**
   * Counts one request from {@code client} and says whether it may go ahead.
   *
   * @param client the caller's address (implementations should not store it as it is)
   */
  Decision hit(String client);

  /**
   * The verdict on one request.
   *
   * @param allowed whether the request may go ahead
   * @param retryAfter when a refused client may try again
   */
  record Decision(boolean allowed, Duration retryAfter) {
    public static final Decision ALLOWED = new Decision(true, Duration.ZERO);
  }
}
