package com.shoptalk.user;

import com.shoptalk.question.OwnedQuestions;
import java.util.Objects;

/**
 * What the skill needs to open for a shopper, read in one go: the shopper as ShopTalk knew them
 * before this visit and the questions they asked their friends (whose answers may be news).
 *
 * @param previous the profile before this visit; a new profile for a first visit
 * @param questions the shopper's questions, newest first
 */
public record Arrival(UserProfile previous, OwnedQuestions questions) {
  public Arrival {
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(questions, "questions");
  }
}
