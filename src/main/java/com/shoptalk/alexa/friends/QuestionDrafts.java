package com.shoptalk.alexa.friends;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.friends.Draft;
import com.shoptalk.question.QuestionKind;
import com.shoptalk.question.QuestionService;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The question waiting for the shopper's yes, kept in the session between the two turns, with the
 * key it is created under: the draft stays until the question is stored, so a yes repeated after an
 * answer that never came — or the same question asked again — creates it only once.
 */
final class QuestionDrafts {
  private static final String DRAFT = "questionDraft";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A drafted question as the session keeps it. */
  record Stored(QuestionKind kind, List<String> productIds, String topic, Long closesAtEpochMillis, String creationKey) {
    Stored {
      productIds = List.copyOf(productIds == null ? List.of() : productIds);
    }

    Instant closesAt() {
      return closesAtEpochMillis == null ? null : Instant.ofEpochMilli(closesAtEpochMillis);
    }

    /** Whether both ask the same question (whatever their keys). */
    boolean sameQuestion(Stored other) {
      return kind == other.kind && productIds.equals(other.productIds) && Objects.equals(topic, other.topic)
          && Objects.equals(closesAtEpochMillis, other.closesAtEpochMillis);
    }
  }

  private QuestionDrafts() {}

  /** Keeps a draft for the yes; the same question drafted again keeps its creation key. */
  static void save(Conversation conversation, Draft draft) {
    var stored = new Stored(draft.kind(), draft.productIds(), draft.topic(),
        draft.closesAt().map(Instant::toEpochMilli).orElse(null), QuestionService.newCreationKey());
    Optional<Stored> earlier = peek(conversation).filter(previous -> previous.creationKey() != null && previous.sameQuestion(stored));
    Stored kept = earlier.map(previous -> new Stored(stored.kind(), stored.productIds(), stored.topic(),
        stored.closesAtEpochMillis(), previous.creationKey())).orElse(stored);
    conversation.session().put(DRAFT, JSON.convertValue(kept, Map.class));
  }

  /** The draft, left in the session; empty when there is none or it cannot be read. */
  static Optional<Stored> peek(Conversation conversation) {
    Object stored = conversation.session().get(DRAFT);
    if (stored == null) {
      return Optional.empty();
    }
    try {
      Stored draft = JSON.convertValue(stored, Stored.class);
      if (draft.creationKey() == null) {
        // drafted by an older version: it gets its key now, kept for a repeated yes
        draft = new Stored(draft.kind(), draft.productIds(), draft.topic(), draft.closesAtEpochMillis(),
            QuestionService.newCreationKey());
        conversation.session().put(DRAFT, JSON.convertValue(draft, Map.class));
      }
      return Optional.of(draft);
    } catch (IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }

  /** Forgets the draft (created, or declined). */
  static void remove(Conversation conversation) {
    conversation.session().remove(DRAFT);
  }

  /** The draft, taken out of the session; empty when there is none or it cannot be read. */
  static Optional<Stored> take(Conversation conversation) {
    Optional<Stored> draft = peek(conversation);
    remove(conversation);
    return draft;
  }
}
