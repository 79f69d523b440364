package com.shoptalk.insights;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * A friend's comment the friend allowed the shop to read, without the friend's name.
 *
 * @param id a pseudonymous id of the question and the friend's browser (a hash), so that answering
 *     again replaces the comment or, without the permission, removes it
 * @param day the day the question was asked (UTC)
 * @param locale the question's locale tag
 * @param kind what the friend was asked
 * @param products the question's products, in the question's order
 * @param choice the friend's answer: for {@link AskKind#BUY_OR_NOT} 0 = buy, 1 = skip; for
 *     {@link AskKind#WHICH_ONE} the index of the chosen product
 * @param text the comment
 * @param keptUntil when the comment is forgotten: a year after the question was asked, or with the
 *     question and its answers if they go sooner
 */
public record FriendComment(
    String id, LocalDate day, String locale, AskKind kind, List<ProductRef> products, int choice, String text,
    Instant keptUntil) {

  /** Longest comment kept (the question page takes no more). */
  public static final int MAX_TEXT = 500;

  /** Longest a comment is kept, counted from the day its question was asked. */
  public static final Duration LONGEST_KEPT = Duration.ofDays(365);

  public FriendComment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(keptUntil, "keptUntil");
    products = List.copyOf(products);
    if (products.isEmpty() || choice < 0 || choice >= (kind == AskKind.BUY_OR_NOT ? 2 : products.size())) {
      throw new IllegalArgumentException("choice " + choice + " does not fit " + products.size() + " products of a " + kind);
    }
    text = text.strip();
    if (text.isEmpty() || text.length() > MAX_TEXT) {
      throw new IllegalArgumentException("a comment has 1 to " + MAX_TEXT + " characters");
    }
    Instant longest = day.atStartOfDay(ZoneOffset.UTC).toInstant().plus(LONGEST_KEPT);
    if (keptUntil.isAfter(longest)) {
      keptUntil = longest;
    }
  }
}
