package com.shoptalk.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes that only remember things (the last visit, the last search) run here, after the answer is
 * composed, so that they never shape or break what the shopper hears: a failed one is logged and
 * the answer goes out. Handlers queue them with {@link Conversation#afterAnswer}.
 */
public final class Bookkeeping implements ResponseInterceptor {
  private static final Logger LOG = LoggerFactory.getLogger(Bookkeeping.class);
  private static final String QUEUE = "bookkeeping";

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
    for (Object write : writes) {
      try {
        ((Runnable) write).run();
      } catch (RuntimeException failed) {
        LOG.warn("bookkeeping write failed; the answer went out without it", failed);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Runnable> queue(HandlerInput input) {
    return (List<Runnable>) input.getAttributesManager().getRequestAttributes()
        .computeIfAbsent(QUEUE, name -> new ArrayList<Runnable>());
  }
}
