package com.shoptalk.alexa;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.shoptalk.monitoring.RequestLog;
import com.shoptalk.question.QuestionNotFound;
import com.shoptalk.storage.StorageUnavailableException;
import com.shoptalk.wishlist.WishListBusyException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place a failure becomes speech: a domain error says what happened ("your list is being
 * changed on another device"), anything else is a short apology; the session stays open and the
 * cause is logged.
 *
 * <p>A store that did not answer is said as what the shopper asked for: a read the answer needed
 * ("I can't read your wish list just now"), or a write that was not done ("I couldn't save that just
 * now") — never as done. The text is {@code error.store.<turn>} for the request's {@link TurnName}
 * ({@code error.store.ReadWishListIntent}, {@code error.store.createQuestion.yes}) when the bundles
 * have one, else {@code error.store.read} or {@code error.store.write} by what failed. When the
 * failed action left a yes/no question open (try again?), the answer asks it again as its reprompt.
 */
public final class ErrorHandler implements ExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);
  /** Domain errors the shopper hears in their own words, by message key. */
  private static final Map<Class<?>, String> SPOKEN = Map.of(
      WishListBusyException.class, "error.wishListBusy",
      QuestionNotFound.class, "error.questionGone");

  @Override
  public boolean canHandle(HandlerInput input, Throwable throwable) {
    return true;
  }

  @Override
  public Optional<Response> handle(HandlerInput input, Throwable throwable) {
    var conversation = new Conversation(input);
    String turn = TurnName.of(input);
    Optional<String> key = spokenKey(throwable.getClass());
    var log = RequestLog.current();
    if (key.isPresent()) {
      if (throwable instanceof StorageUnavailableException) {
        log.outcome(RequestLog.Outcome.STORE_FAILED);
      }
      LOG.warn("request {} not done: {}", turn, throwable.toString());
      return conversation.askWithDefaultReprompt(conversation.ssml(key.get()));
    }
    if (throwable instanceof StorageUnavailableException unavailable) {
      log.outcome(RequestLog.Outcome.STORE_FAILED);
      LOG.warn("request {} not done, the store did not answer: {}", turn, unavailable.getMessage());
      String speech = conversation.ssml(storeKey(conversation, turn, unavailable.access()));
      return conversation.pending().isPresent()
          ? conversation.ask(speech, speech).build()
          : conversation.askWithDefaultReprompt(speech);
    }
    log.outcome(RequestLog.Outcome.ERROR);
    LOG.error("request {} failed", turn, throwable);
    return conversation.askWithDefaultReprompt(conversation.ssml("error.general"));
  }

  /** The words for a store failure during {@code turn}: its own, else by what failed. */
  static String storeKey(Conversation conversation, String turn, StorageUnavailableException.Access access) {
    String own = "error.store." + turn;
    return conversation.messages().has(own) ? own : "error.store." + access.name().toLowerCase(Locale.ROOT);
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
