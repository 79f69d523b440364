package com.shoptalk.insights;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A shared comment as it appears under one product of the report.
 *
 * @param day the day the question was asked
 * @param stance what the friend answered about this product
 * @param chosenTitle for {@link Stance#CHOSE_ANOTHER}: the title of the product they chose; else {@code null}
 * @param text the comment
 */
public record CommentLine(LocalDate day, Stance stance, String chosenTitle, String text) {
  public CommentLine {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(text, "text");
  }

  /** What a friend's answer said about one product. */
  public enum Stance {
    /** "Buy it". */
    BUY,
    /** "Skip it". */
    DONT_BUY,
    /** Chose this product among others. */
    CHOSE_THIS,
    /** Chose another product over this one. */
    CHOSE_ANOTHER
  }
}
