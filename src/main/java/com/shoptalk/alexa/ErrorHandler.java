package com.shoptalk.alexa;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.shoptalk.question.QuestionNotFound;
import com.shoptalk.storage.StorageUnavailableException;
import com.shoptalk.wishlist.WishListBusyException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place a failure becomes speech: a domain error says what happened ("your list is being
 * changed on another device", "I couldn't save that just now"), anything else is a short apology;
 * the session stays open and the cause is logged.
 */
public final class ErrorHandler implements ExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);
  /** Domain errors the shopper hears in their own words, by message key. */
  private static final Map<Class<?>, String> SPOKEN = Map.of(
      WishListBusyException.class, "error.wishListBusy",
      StorageUnavailableException.class, "error.storageUnavailable",
      QuestionNotFound.class, "error.questionGone");

  @Override
  public boolean canHandle(HandlerInput input, Throwable throwable) {
    return true;
  }

  @Override
  public Optional<Response> handle(HandlerInput input, Throwable throwable) {
    var conversation = new Conversation(input);
    Optional<String> key = spokenKey(throwable.getClass());
    if (key.isPresent()) {
      LOG.warn("request {} not done: {}", input.getRequestEnvelope().getRequest().getType(), throwable.toString());
      return conversation.askWithDefaultReprompt(conversation.ssml(key.get()));
    }
    LOG.error("request {} failed", input.getRequestEnvelope().getRequest().getType(), throwable);
    return conversation.askWithDefaultReprompt(conversation.ssml("error.general"));
  }

  /** The most specific message for a domain error: a busy wish list before any store failure. */
  private static Optional<String> spokenKey(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (SPOKEN.containsKey(c)) {
        return Optional.of(SPOKEN.get(c));
      }
    }
    return Optional.empty();
  }
}
