package com.shoptalk.question;

import java.util.List;
import java.util.Objects;

/**
 * The tokens of an owner's questions as their own part of the store lists them, newest first:
 * read once, for example together with the owner's profile when the skill opens, so that telling
 * the news does not list them again.
 *
 * @param tokens the questions' tokens, newest first; some may be gone by the time they are read
 */
public record OwnedQuestions(List<String> tokens) {
  public OwnedQuestions {
    tokens = List.copyOf(Objects.requireNonNull(tokens, "tokens"));
  }

  /** An owner without questions. */
  public static OwnedQuestions none() {
    return new OwnedQuestions(List.of());
  }
}
