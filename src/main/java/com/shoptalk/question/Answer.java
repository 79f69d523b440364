package com.shoptalk.question;

import java.time.Instant;
import java.util.Objects;

/**
 * One friend's answer to a question; each voter has at most one, and answering again replaces it.
 *
 * @param voterId the random id of the friend's browser
 * @param voterName the name the friend typed, or {@code null}
 * @param optionIndex {@code WHICH_ONE}: the chosen option; {@code ABOUT_ONE}: 0 = buy it, 1 = skip it;
 *     {@code IDEAS}: {@code null}
 * @param comment an optional comment
 * @param ideaText the idea ({@code IDEAS} only)
 * @param ideaLink an optional http(s) link for the idea
 * @param at when the friend answered
 * @param commentShared whether the friend allowed the shop to read the comment (never without one);
 *     the page offers the box ticked again when the friend answers again
 */
public record Answer(
    String voterId, String voterName, Integer optionIndex, String comment, String ideaText, String ideaLink, Instant at,
    boolean commentShared) {

  /** Longest name. */
  public static final int MAX_NAME = Question.MAX_NAME;
  /** Longest comment. */
  public static final int MAX_COMMENT = 500;
  /** Longest idea. */
  public static final int MAX_IDEA = 300;
  /** Longest idea link. */
  public static final int MAX_LINK = 500;

  public Answer {
    Objects.requireNonNull(voterId, "voterId");
    Objects.requireNonNull(at, "at");
    if (voterId.isBlank() || voterId.length() > 100) {
      throw new InvalidAnswer("voter");
    }
    voterName = TextInput.clean(voterName, MAX_NAME, "name");
    comment = TextInput.clean(comment, MAX_COMMENT, "comment");
    ideaText = TextInput.clean(ideaText, MAX_IDEA, "idea");
    ideaLink = ideaLink == null || ideaLink.isBlank() ? null : Links.validate(ideaLink, MAX_LINK, "link");
    if (optionIndex != null && optionIndex < 0) {
      throw new InvalidAnswer("option");
    }
    if (ideaLink != null && ideaText == null) {
      throw new InvalidAnswer("idea");
    }
    commentShared = commentShared && comment != null;
  }

  /** An answer whose comment, if any, stays among friends. */
  public Answer(
      String voterId, String voterName, Integer optionIndex, String comment, String ideaText, String ideaLink, Instant at) {
    this(voterId, voterName, optionIndex, comment, ideaText, ideaLink, at, false);
  }

  /** Whether this answer has something to read out or show besides the vote. */
  public boolean hasText() {
    return comment != null || ideaText != null;
  }
}
