package com.shoptalk.storage;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * The time one turn (a skill request, a page request) may spend waiting for the data store, kept
 * per thread. The entry point starts it; storage calls made on that thread give up once it is
 * spent, so a slow or throttling store can delay an answer by at most the budget.
 *
 * <pre>{@code
 * try (var turn = TurnBudget.start(TurnBudget.VOICE)) {
 *   ... answer the request ...
 * }
 * }</pre>
 */
public final class TurnBudget {
  /**
   * A voice turn's budget: Alexa waits 8 s and the skill should answer within 3 s, whatever the
   * store does; this leaves a second for everything else.
   */
  public static final Duration VOICE = Duration.ofMillis(2000);

  /**
   * A friend's page request's budget: a phone browser on a chat link should get the page (or a
   * "busy, try again" page) within about three seconds, whatever the store does.
   */
  public static final Duration PAGE = Duration.ofMillis(2500);

  private static final ThreadLocal<Long> DEADLINE_NANOS = new ThreadLocal<>();

  private TurnBudget() {}

  /**
   * Starts a turn on this thread that may wait {@code budget} for the store; within a running turn,
   * the earlier deadline stays. Close the returned scope when the turn ends.
   */
  public static Scope start(Duration budget) {
    Long previous = DEADLINE_NANOS.get();
    long deadline = System.nanoTime() + budget.toNanos();
    DEADLINE_NANOS.set(previous == null || deadline - previous < 0 ? deadline : previous);
    return () -> {
      if (previous == null) {
        DEADLINE_NANOS.remove();
      } else {
        DEADLINE_NANOS.set(previous);
      }
    };
  }

  /** Milliseconds left in this thread's turn (0 or less when spent); empty outside a turn. */
  public static OptionalLong remainingMillis() {
    Long deadline = DEADLINE_NANOS.get();
    return deadline == null ? OptionalLong.empty() : OptionalLong.of(Duration.ofNanos(deadline - System.nanoTime()).toMillis());
  }

  /** The end of a turn. */
  @FunctionalInterface
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
