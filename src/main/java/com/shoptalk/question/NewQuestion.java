package com.shoptalk.question;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the skill knows when a shopper asks a question; {@link QuestionService#create} adds the
 * token and the dates.
 *
 * @param ownerUserId the Alexa user id
 * @param ownerPersonId the recognized person, or {@code null}
 * @param askerName the given name, only with the shopper's permission; else {@code null}
 * @param kind the kind of question
 * @param topic what ideas are wanted (ideas only), else {@code null}
 * @param options the product snapshots
 * @param locale {@code en-US} or {@code de-DE}
 * @param closesAt a deadline the shopper gave, or {@code null} for the default of three days
 */
public record NewQuestion(
    String ownerUserId,
    String ownerPersonId,
    String askerName,
    QuestionKind kind,
    String topic,
    List<QuestionOption> options,
    String locale,
    Instant closesAt) {

  public NewQuestion {
    Objects.requireNonNull(ownerUserId, "ownerUserId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(locale, "locale");
    options = List.copyOf(options == null ? List.of() : options);
  }
}
