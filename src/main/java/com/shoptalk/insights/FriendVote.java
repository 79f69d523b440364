package com.shoptalk.insights;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A friend's vote on a question, as the merchant's insights count it. The question's token and the
 * friend's browser id only ever leave this record as a one-way hash.
 *
 * @param locale the question's locale tag
 * @param kind what the friend was asked
 * @param products the question's products, in the question's order
 * @param questionId the question's token
 * @param askedAt when the question was asked
 * @param questionExpiresAt when the question and its answers are forgotten; a comment shared with the
 *     shop goes with them at the latest
 * @param voterId the friend's browser id
 * @param choice for {@link AskKind#BUY_OR_NOT} 0 = buy, 1 = skip; for {@link AskKind#WHICH_ONE}
 *     the index of the chosen product
 * @param previousChoice the friend's earlier choice on this question, or {@code null} for a first vote
 * @param previousAt when the earlier vote was cast, or {@code null} for a first vote
 * @param comment the friend's comment, or {@code null}
 * @param commentShared whether the friend ticked "the shop may read my comment"
 */
public record FriendVote(
    String locale,
    AskKind kind,
    List<ProductRef> products,
    String questionId,
    Instant askedAt,
    Instant questionExpiresAt,
    String voterId,
    int choice,
    Integer previousChoice,
    Instant previousAt,
    String comment,
    boolean commentShared) {

  public FriendVote {
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(questionId, "questionId");
    Objects.requireNonNull(askedAt, "askedAt");
    Objects.requireNonNull(questionExpiresAt, "questionExpiresAt");
    Objects.requireNonNull(voterId, "voterId");
    products = List.copyOf(products);
    int choices = kind == AskKind.BUY_OR_NOT ? 2 : products.size();
    if (kind == AskKind.BUY_OR_NOT ? products.size() != 1 : products.size() < 2) {
      throw new IllegalArgumentException("a " + kind + " question cannot have " + products.size() + " products");
    }
    if (choice < 0 || choice >= choices || previousChoice != null && (previousChoice < 0 || previousChoice >= choices)) {
      throw new IllegalArgumentException("choice out of range: " + choice + ", previously " + previousChoice);
    }
    comment = comment == null || comment.isBlank() ? null : comment.strip();
  }

  /** Whether this vote moved the friend's earlier vote to another choice. */
  public boolean moved() {
    return previousChoice != null && previousChoice != choice;
  }
}
