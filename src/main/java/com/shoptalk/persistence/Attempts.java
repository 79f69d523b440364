package com.shoptalk.persistence;

import com.amazonaws.services.dynamodbv2.model.CancellationReason;
import com.amazonaws.services.dynamodbv2.model.TransactionCanceledException;
import com.shoptalk.storage.StorageUnavailableException;
import com.shoptalk.storage.TurnBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;

/**
 * The one retry policy for work that lost a race: a transaction cancelled because another write
 * changed an item first, a transaction conflict, batch items DynamoDB left unprocessed. Up to
 * {@value #MAX_ATTEMPTS} attempts with a short random pause between them, fewer when the turn's
 * {@link TurnBudget} runs out, then the caller's "busy" exception. (Failures of the store itself —
 * throttling, errors, timeouts — are retried by the client, {@link DynamoClients}.)
 *
 * <p>Use one instance per operation:
 * <pre>{@code
 * var attempts = Attempts.to("add to a wish list", WishListBusyException::new);
 * for (;;) {
 *   try { ...; return; } catch (TransactionCanceledException e) { attempts.failed(e); }
 * }
 * }</pre>
 */
final class Attempts {
  /** Most attempts of one operation. */
  static final int MAX_ATTEMPTS = 40;
  /** Cancellation reason of a write whose condition failed. */
  static final String CONDITION_FAILED = "ConditionalCheckFailed";
  /** Cancellation reasons that a fresh read and another attempt can overcome. */
  static final Set<String> RETRYABLE_REASONS = Set.of(
      "None", CONDITION_FAILED, "TransactionConflict", "ThrottlingError", "ProvisionedThroughputExceeded");
  private static final long MAX_PAUSE_MILLIS = 160;
  /** No new attempt when the turn has less time left than this after the pause. */
  private static final long MIN_MILLIS_FOR_ATTEMPT = 100;

  private final String what;
  private final BiFunction<String, Throwable, ? extends RuntimeException> giveUp;
  private int failed;

  private Attempts(String what, BiFunction<String, Throwable, ? extends RuntimeException> giveUp) {
    this.what = what;
    this.giveUp = giveUp;
  }

  /**
   * Attempts at an operation.
   *
   * @param what the operation, for the message ("add to a wish list")
   * @param giveUp makes the exception thrown after the last attempt from a message and the last cause
   */
  static Attempts to(String what, BiFunction<String, Throwable, ? extends RuntimeException> giveUp) {
    return new Attempts(what, giveUp);
  }

  /** Attempts that end in {@link StorageUnavailableException}. */
  static Attempts to(String what) {
    return new Attempts(what, StorageUnavailableException::new);
  }

  /**
   * Counts a failed attempt and pauses before the next one.
   *
   * @param cause why it failed; {@code null} for work left unprocessed
   * @throws TransactionCanceledException {@code cause} itself when another attempt cannot help (a
   *     validation error, say: a bug, not a race)
   * @throws RuntimeException the caller's "busy" exception after the last attempt
   */
  void failed(RuntimeException cause) {
    if (cause instanceof TransactionCanceledException cancelled && !retryable(cancelled)) {
      throw cancelled;
    }
    failed++;
    long pause = ThreadLocalRandom.current().nextLong(1, 2 + Math.min(MAX_PAUSE_MILLIS, 4L << Math.min(failed, 6)));
    if (failed >= MAX_ATTEMPTS || TurnBudget.remainingMillis().orElse(Long.MAX_VALUE) < pause + MIN_MILLIS_FOR_ATTEMPT) {
      throw giveUp.apply("could not " + what + " after " + failed + " attempts", cause);
    }
    try {
      Thread.sleep(pause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw giveUp.apply("interrupted while trying to " + what, e);
    }
  }

  /**
   * The cancellation reason codes of a transaction's actions in order, {@code "None"} for actions
   * that did not fail, padded with {@code "None"} to at least {@code actions} entries.
   */
  static List<String> reasons(TransactionCanceledException cancelled, int actions) {
    var reasons = new ArrayList<String>();
    if (cancelled.getCancellationReasons() != null) {
      for (CancellationReason reason : cancelled.getCancellationReasons()) {
        reasons.add(reason.getCode() == null ? "None" : reason.getCode());
      }
    }
    while (reasons.size() < actions) {
      reasons.add("None");
    }
    return reasons;
  }

  /** Whether the transaction's action at {@code index} failed its condition. */
  static boolean conditionFailed(TransactionCanceledException cancelled, int index) {
    return CONDITION_FAILED.equals(reasons(cancelled, index + 1).get(index));
  }

  private static boolean retryable(TransactionCanceledException cancelled) {
    return RETRYABLE_REASONS.containsAll(reasons(cancelled, 0));
  }
}
