package com.shoptalk.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.Value;
import com.amazon.ask.response.ResponseBuilder;
import com.shoptalk.text.Messages;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One turn of a conversation: the request at hand, its locale's texts, the session's attributes and
 * a way to answer. Handlers read slots and state here and answer with {@link #say}/{@link #ask}.
 */
public final class Conversation {
  /** Session attribute holding the last spoken answer, for "say that again". */
  static final String LAST_SPEECH = "lastSpeech";
  /** Session attribute holding the last reprompt. */
  static final String LAST_REPROMPT = "lastReprompt";
  /** Session attribute: the name of the request the last answer was to (see {@link TurnName}). */
  static final String LAST_TURN = "lastTurn";
  /** Session attribute naming the question a yes or no answers. */
  public static final String PENDING = "pending";

  private final HandlerInput input;
  private final Messages messages;

  public Conversation(HandlerInput input) {
    this.input = input;
    this.messages = Messages.of(locale(input));
  }

  /** The request's locale tag, en-US when the request has none. */
  static String locale(HandlerInput input) {
    String locale = input.getRequestEnvelope().getRequest().getLocale();
    return locale == null ? "en-US" : locale;
  }

  public HandlerInput input() {
    return input;
  }

  public Messages messages() {
    return messages;
  }

  /** The locale ShopTalk answers in (en-US or de-DE). */
  public Locale locale() {
    return messages.locale();
  }

  /**
   * Queues a write that only remembers something (the last visit, the last search) to run after
   * the answer is composed; see {@link Bookkeeping}.
   */
  public void afterAnswer(Runnable write) {
    Bookkeeping.afterAnswer(input, write);
  }

  /** The Alexa account's user id. */
  public String userId() {
    return userId(input);
  }

  /** The user id from the request's context, or its session for old requests without one. */
  public static String userId(HandlerInput input) {
    var envelope = input.getRequestEnvelope();
    var system = system(input);
    if (system.isPresent() && system.get().getUser() != null && system.get().getUser().getUserId() != null) {
      return system.get().getUser().getUserId();
    }
    if (envelope.getSession() != null && envelope.getSession().getUser() != null
        && envelope.getSession().getUser().getUserId() != null) {
      return envelope.getSession().getUser().getUserId();
    }
    return "anonymous";
  }

  /** The recognized speaker's person id, when Alexa recognized one. */
  public Optional<String> personId() {
    return system(input).map(s -> s.getPerson()).map(p -> p.getPersonId()).filter(id -> !id.isBlank());
  }

  /** Whether the device can show APL documents. */
  public boolean hasScreen() {
    return system(input).map(s -> s.getDevice())
        .map(d -> d.getSupportedInterfaces())
        .map(i -> i.getAlexaPresentationAPL() != null)
        .orElse(false);
  }

  private static Optional<com.amazon.ask.model.interfaces.system.SystemState> system(HandlerInput input) {
    return Optional.ofNullable(input.getRequestEnvelope().getContext()).map(c -> c.getSystem());
  }

  public Map<String, Object> session() {
    return input.getAttributesManager().getSessionAttributes();
  }

  /** The raw value of a slot, when it was filled. */
  public Optional<String> slot(String name) {
    return slotObject(name).map(Slot::getValue).filter(v -> !v.isBlank() && !"?".equals(v));
  }

  /**
   * A custom slot's value as the interaction model names it when Alexa resolved it ("weiß" for a typed "weiss"),
   * else the words heard.
   */
  public Optional<String> resolvedName(String name) {
    return matchedValue(name).map(Value::getName).or(() -> slot(name));
  }

  /** The entity-resolution id of a slot (custom slot types), else its raw value. */
  public Optional<String> resolvedSlot(String name) {
    return matchedValue(name).map(value -> value.getId() != null ? value.getId() : value.getName())
        .or(() -> slot(name));
  }

  /** The first value Alexa matched a custom slot to (ER_SUCCESS_MATCH), when it matched one. */
  private Optional<Value> matchedValue(String name) {
    return slotObject(name).map(Slot::getResolutions)
        .flatMap(resolutions -> Optional.ofNullable(resolutions.getResolutionsPerAuthority()))
        .flatMap(authorities -> authorities.stream()
            .filter(r -> r.getStatus() != null && r.getStatus().getCode() == StatusCode.ER_SUCCESS_MATCH
                && r.getValues() != null && !r.getValues().isEmpty())
            .map(r -> r.getValues().get(0).getValue())
            .findFirst());
  }

  /**
   * Whether Alexa matched a custom slot to one of its type's values (ER_SUCCESS_MATCH): "candles" is a product word,
   * "the weather on mars" in the same slot is not.
   */
  public boolean isResolved(String name) {
    var resolutions = slotObject(name).map(Slot::getResolutions);
    return resolutions.isPresent() && resolutions.get().getResolutionsPerAuthority() != null
        && resolutions.get().getResolutionsPerAuthority().stream()
            .anyMatch(r -> r.getStatus() != null && r.getStatus().getCode() == StatusCode.ER_SUCCESS_MATCH);
  }

  /** A whole-number slot (AMAZON.NUMBER or AMAZON.ORDINAL), when it holds a number. */
  public Optional<Integer> numberSlot(String name) {
    return slot(name).flatMap(v -> {
      try {
        return Optional.of(Integer.parseInt(v.replaceAll("[^0-9-]", "")));
      } catch (NumberFormatException notANumber) {
        return Optional.empty();
      }
    });
  }

  /** The slot as this turn has it (an answer to "which one?" reads the asking intent's slots). */
  Optional<Slot> slotObject(String name) {
    Optional<Map<String, Slot>> answered = PendingChoice.answeredSlots(this);
    if (answered.isPresent()) {
      // this turn answers "which one?": the asking intent's slots and the choice just said
      return Optional.ofNullable(answered.get().get(name));
    }
    if (!(input.getRequestEnvelope().getRequest() instanceof IntentRequest request)) {
      return Optional.empty();
    }
    Intent intent = request.getIntent();
    if (intent == null || intent.getSlots() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(intent.getSlots().get(name));
  }

  /** SSML for a key with XML-escaped arguments. */
  public String ssml(String key, Object... namedArgs) {
    return messages.ssml(key, namedArgs);
  }

  /** Plain text for a key (cards). */
  public String text(String key, Object... namedArgs) {
    return messages.text(key, namedArgs);
  }

  /** Starts a response that speaks {@code speech} and keeps the session open with {@code reprompt}. */
  public ResponseBuilder ask(String speech, String reprompt) {
    return input.getResponseBuilder().withSpeech(speech).withReprompt(reprompt).withShouldEndSession(false);
  }

  /** Starts a response that speaks and ends the session. */
  public ResponseBuilder tell(String speech) {
    return input.getResponseBuilder().withSpeech(speech).withShouldEndSession(true);
  }

  /** Speaks and keeps listening with the default reprompt. */
  public Optional<Response> askWithDefaultReprompt(String speech) {
    return ask(speech, ssml("reprompt.default")).build();
  }

  /** Sets or clears the question a following yes/no answers. */
  public void pending(String action) {
    if (action == null) {
      session().remove(PENDING);
    } else {
      session().put(PENDING, action);
    }
  }

  /** The action a yes/no would answer, if any. */
  public Optional<String> pending() {
    return Optional.ofNullable(session().get(PENDING)).map(Object::toString);
  }
}
