package com.shoptalk.alexa.friends;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.friends.Draft;
import com.shoptalk.question.QuestionKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The question waiting for the shopper's yes, kept in the session between the two turns. */
final class QuestionDrafts {
  private static final String DRAFT = "questionDraft";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A drafted question as the session keeps it. */
  record Stored(QuestionKind kind, List<String> productIds, String topic, Long closesAtEpochMillis) {
    Stored {
      productIds = List.copyOf(productIds == null ? List.of() : productIds);
    }

    Instant closesAt() {
      return closesAtEpochMillis == null ? null : Instant.ofEpochMilli(closesAtEpochMillis);
    }
  }

  private QuestionDrafts() {}

  static void save(Conversation conversation, Draft draft) {
    var stored = new Stored(draft.kind(), draft.productIds(), draft.topic(),
        draft.closesAt().map(Instant::toEpochMilli).orElse(null));
    conversation.session().put(DRAFT, JSON.convertValue(stored, Map.class));
  }

  /** The draft waiting for a yes, left in the session. */
  static Optional<Stored> peek(Conversation conversation) {
    Object stored = conversation.session().get(DRAFT);
    try {
      return stored == null ? Optional.empty() : Optional.of(JSON.convertValue(stored, Stored.class));
    } catch (IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }

  /** The draft, taken out of the session; empty when there is none or it cannot be read. */
  static Optional<Stored> take(Conversation conversation) {
    Object stored = conversation.session().remove(DRAFT);
    if (stored == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.convertValue(stored, Stored.class));
    } catch (IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }
}
