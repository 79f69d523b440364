package com.shoptalk.alexa;

import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.Resolutions;
import com.amazon.ask.model.slu.entityresolution.Status;
import com.amazon.ask.model.slu.entityresolution.StatusCode;
import com.amazon.ask.model.slu.entityresolution.Value;
import com.amazon.ask.model.slu.entityresolution.ValueWrapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A "which one?" the skill asked, kept in the session until the answer: after "save it" → "Which one
 * should I save?", the next "the second one", "number two" or "the vanilla candle" finishes saving
 * rather than only picking. Kept are the asking intent and its other slots (the list, a deadline);
 * the answer brings the position or the name.
 */
public final class PendingChoice {
  /** Session attribute holding the question. */
  static final String ATTRIBUTE = "pendingChoice";
  /** Session attribute holding what was last done with a product ("and the second one too"). */
  private static final String LAST = "lastProductAction";
  /** Request attribute with the slots a finishing handler reads instead of the request's own. */
  static final String SLOTS = "pendingChoiceSlots";
  /** Request attribute naming the intent an answer to "which one?" finishes. */
  private static final String INTENT = "pendingChoiceIntent";
  /** The slots an answer to "which one?" brings. */
  public static final Set<String> CHOICE_SLOTS = Set.of("ordinal", "number", "itemName", "superlative");

  /** What the session keeps: the intent that asked and its other slots' values and resolved ids. */
  public record Stored(String intent, Map<String, String> values, Map<String, String> resolvedIds) {
    public Stored {
      values = Map.copyOf(values == null ? Map.of() : values);
      resolvedIds = Map.copyOf(resolvedIds == null ? Map.of() : resolvedIds);
    }
  }

  private PendingChoice() {}

  /** Remembers that this turn asked "which one?" for its intent (a bare "the second one" asks nothing). */
  public static void ask(Conversation conversation) {
    capture(conversation).ifPresent(stored -> conversation.session().put(ATTRIBUTE, stored));
  }

  /**
   * Remembers what this turn did with a product ("save the first one to my birthday list"), so that "and the second
   * one too" does the same with another.
   */
  public static void done(Conversation conversation) {
    capture(conversation).ifPresent(stored -> conversation.session().put(LAST, stored));
  }

  /** What the shopper last did with a product, if anything (see {@link #done}). */
  public static Optional<Stored> last(Conversation conversation) {
    return read(conversation.session().get(LAST));
  }

  private static Optional<Map<String, Object>> capture(Conversation conversation) {
    Optional<String> answering = Optional.ofNullable(
        conversation.input().getAttributesManager().getRequestAttributes().get(INTENT)).map(Object::toString);
    Optional<IntentRequest> request = conversation.input().getRequestEnvelope().getRequest() instanceof IntentRequest r
        && r.getIntent() != null ? Optional.of(r) : Optional.empty();
    Optional<String> intent = answering.or(() -> request.map(r -> r.getIntent().getName()));
    if (intent.isEmpty() || "SelectItemIntent".equals(intent.get()) || "AlsoIntent".equals(intent.get())) {
      return Optional.empty();
    }
    Set<String> names = answeredSlots(conversation)
        .or(() -> request.map(r -> r.getIntent().getSlots()))
        .map(Map::keySet).orElse(Set.of());
    var values = new HashMap<String, String>();
    var resolved = new HashMap<String, String>();
    for (String name : names) {
      if (!CHOICE_SLOTS.contains(name)) {
        conversation.slot(name).ifPresent(value -> values.put(name, value));
        conversation.resolvedSlot(name).ifPresent(id -> resolved.put(name, id));
      }
    }
    Map<String, Object> stored = new HashMap<>();
    stored.put("intent", intent.get());
    stored.put("values", values);
    stored.put("resolvedIds", resolved);
    return Optional.of(stored);
  }

  /** Whether a "which one?" is waiting for its answer. */
  public static boolean isOpen(Conversation conversation) {
    return conversation.session().get(ATTRIBUTE) instanceof Map;
  }

  /** Drops the question ("never mind", or the shopper moved on). */
  public static void drop(Conversation conversation) {
    conversation.session().remove(ATTRIBUTE);
  }

  /** The waiting question, taken out of the session; empty when there is none or it cannot be read. */
  public static Optional<Stored> take(Conversation conversation) {
    return read(conversation.session().remove(ATTRIBUTE));
  }

  @SuppressWarnings("unchecked")
  private static Optional<Stored> read(Object stored) {
    if (!(stored instanceof Map<?, ?> map) || !(map.get("intent") instanceof String intent)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Stored(intent, (Map<String, String>) map.get("values"),
          (Map<String, String>) map.get("resolvedIds")));
    } catch (ClassCastException | NullPointerException unreadable) {
      return Optional.empty();
    }
  }

  /**
   * Lets the asking intent's handler read this turn as its own: its kept slots, and the position or
   * name just said. {@link Conversation#slot} reads these for the rest of the request.
   */
  public static void answer(Conversation conversation, Stored question) {
    var slots = new HashMap<String, Slot>();
    question.values().forEach((name, value) -> slots.put(name, slot(name, value, question.resolvedIds().get(name))));
    for (String name : CHOICE_SLOTS) {
      conversation.slot(name).flatMap(value -> conversation.slotObject(name)).ifPresent(said -> slots.put(name, said));
    }
    conversation.input().getAttributesManager().getRequestAttributes().put(SLOTS, slots);
    conversation.input().getAttributesManager().getRequestAttributes().put(INTENT, question.intent());
  }

  /** The slots of an answered question, when this request answers one. */
  @SuppressWarnings("unchecked")
  static Optional<Map<String, Slot>> answeredSlots(Conversation conversation) {
    Object slots = conversation.input().getAttributesManager().getRequestAttributes().get(SLOTS);
    return slots instanceof Map<?, ?> map ? Optional.of((Map<String, Slot>) map) : Optional.empty();
  }

  private static Slot slot(String name, String value, String resolvedId) {
    var slot = Slot.builder().withName(name).withValue(value);
    if (resolvedId != null && !resolvedId.equals(value)) {
      slot.withResolutions(Resolutions.builder().withResolutionsPerAuthority(List.of(Resolution.builder()
          .withStatus(Status.builder().withCode(StatusCode.ER_SUCCESS_MATCH).build())
          .withValues(List.of(ValueWrapper.builder().withValue(Value.builder().withId(resolvedId).withName(value).build()).build()))
          .build())).build());
    }
    return slot.build();
  }
}
