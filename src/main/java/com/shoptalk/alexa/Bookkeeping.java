package com.shoptalk.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.Response;
import com.shoptalk.monitoring.RequestLog;
import com.shoptalk.storage.TurnBudget;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes that only remember things (the last visit, the last search) run here, after the answer is
 * composed, so that they never shape or break what the shopper hears: a failed one is logged and
 * the answer goes out. They get at most {@link #BUDGET} of the turn's time for the store, and none
 * when a store call of this turn failed already (the table is slow or down: the answer goes first). Handlers queue them with {@link Conversation#afterAnswer}.
 */
public final class Bookkeeping implements ResponseInterceptor {
  private static final Logger LOG = LoggerFactory.getLogger(Bookkeeping.class);
  private static final String QUEUE = "bookkeeping";
  /** The most bookkeeping may add to a turn (less when the turn has less left). */
  static final Duration BUDGET = Duration.ofMillis(600);

  /** Queues a write to run once this request's answer is composed. */
  static void afterAnswer(HandlerInput input, Runnable write) {
    queue(input).add(write);
  }

  @Override
  public void process(HandlerInput input, Optional<Response> output) {
    Object queued = input.getAttributesManager().getRequestAttributes().remove(QUEUE);
    if (!(queued instanceof List<?> writes)) {
      return;
    }
    var store = RequestLog.current().store();
    if (store.anyFailed()) {
      // The table failed this turn already: remembering can wait, the shopper should not.
      LOG.info("{} bookkeeping write(s) skipped: the store failed in this turn", writes.size());
      return;
    }
    try (var budget = TurnBudget.start(BUDGET)) {
      for (Object write : writes) {
        try {
          ((Runnable) write).run();
        } catch (RuntimeException failed) {
          LOG.warn("bookkeeping write failed; the answer went out without it: {}", failed.toString());
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Runnable> queue(HandlerInput input) {
    return (List<Runnable>) input.getAttributesManager().getRequestAttributes()
        .computeIfAbsent(QUEUE, name -> new ArrayList<Runnable>());
  }
}
