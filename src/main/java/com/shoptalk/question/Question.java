package com.shoptalk.question;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A question a shopper asked their friends.
 *
 * @param token the random, unguessable id in the question's link
 * @param ownerUserId the Alexa user who asked
 * @param ownerPersonId the recognized household member who asked, or {@code null}
 * @param askerName the asker's given name, only when they allowed ShopTalk to use it; else {@code null}
 * @param kind what friends are asked to do
 * @param topic for {@link QuestionKind#IDEAS}: what ideas are wanted ("gift ideas for my sister"); else {@code null}
 * @param options the products: one for {@code ABOUT_ONE}, two to four for {@code WHICH_ONE}, none for {@code IDEAS}
 * @param locale the asker's locale tag, {@code en-US} or {@code de-DE}
 * @param createdAt when it was asked
 * @param closesAt when it stops taking answers
 * @param closedByOwner whether the asker closed it early
 */
public record Question(
    String token,
    String ownerUserId,
    String ownerPersonId,
    String askerName,
    QuestionKind kind,
    String topic,
    List<QuestionOption> options,
    String locale,
    Instant createdAt,
    Instant closesAt,
    boolean closedByOwner) {

  /** Longest given name shown on the page. */
  public static final int MAX_NAME = 40;
  /** Longest ideas topic. */
  public static final int MAX_TOPIC = 200;
  /** How long a question stays readable after it closed, before the store removes it. */
  public static final Duration KEEP_AFTER_CLOSE = Duration.ofDays(30);

  public Question {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(ownerUserId, "ownerUserId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(closesAt, "closesAt");
    if (ownerUserId.isBlank()) {
      throw new IllegalArgumentException("ownerUserId must not be blank");
    }
    askerName = TextInput.cut(TextInput.clean(askerName, Integer.MAX_VALUE), MAX_NAME);
    topic = TextInput.cut(TextInput.clean(topic, Integer.MAX_VALUE), MAX_TOPIC);
    options = List.copyOf(options == null ? List.of() : options);
    int n = options.size();
    switch (kind) {
      case ABOUT_ONE -> require(n == 1, "a question about one product has exactly one option, got " + n);
      case WHICH_ONE -> require(n >= 2 && n <= 4, "a which-one question has two to four options, got " + n);
      case IDEAS -> {
        require(n == 0, "an ideas question has no options, got " + n);
        require(topic != null, "an ideas question needs a topic");
      }
    }
    if (kind != QuestionKind.IDEAS) {
      topic = null;
    }
    require(!closesAt.isBefore(createdAt), "closesAt must not be before createdAt");
  }

  /** Whether friends can still answer at {@code now}. */
  public boolean isOpen(Instant now) {
    return !closedByOwner && now.isBefore(closesAt);
  }

  /** When the question and its answers may be forgotten: {@link #KEEP_AFTER_CLOSE} after it closes. */
  public Instant expiresAt() {
    return closesAt.plus(KEEP_AFTER_CLOSE);
  }

  /** How many vote counters this question keeps: [buy, skip] for one product, one per option, none for ideas. */
  public int counters() {
    return kind.counters(options.size());
  }

  /** A copy closed by its owner. */
  public Question closed() {
    return new Question(token, ownerUserId, ownerPersonId, askerName, kind, topic, options, locale, createdAt, closesAt, true);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
