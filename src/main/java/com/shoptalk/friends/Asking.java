package com.shoptalk.friends;

import com.shoptalk.question.QuestionKind;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The shopper's yes to a drafted question: everything needed to create it and deliver its link.
 *
 * @param userId the Alexa account
 * @param personId the recognized person, or {@code null}
 * @param givenName the shopper's given name, only with their permission
 * @param kind what friends are asked
 * @param productIds the products asked about, by id (those the catalog no longer has are left out)
 * @param topic what ideas are wanted (ideas only), else {@code null}
 * @param locale the shopper's locale
 * @param closesAt the deadline, or {@code null} for three days
 * @param email the shopper's e-mail address, only with their permission
 */
public record Asking(String userId, String personId, Optional<String> givenName, QuestionKind kind,
    List<String> productIds, String topic, Locale locale, Instant closesAt, Optional<String> email) {
  public Asking {
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(givenName, "givenName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(email, "email");
    productIds = List.copyOf(productIds);
  }
}
