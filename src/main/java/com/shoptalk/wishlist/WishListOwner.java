package com.shoptalk.wishlist;

import java.util.Objects;

/**
 * Whose wish lists a request is about: an Alexa account, or one recognized person in it.
 *
 * <p>Each household member whose voice Alexa recognizes has their own lists; everyone else shares
 * the account's lists.
 *
 * @param userId the Alexa user id ({@code context.System.user.userId})
 * @param personId the recognized person ({@code context.System.person.personId}), or {@code null}
 *     when Alexa did not recognize the speaker; blank counts as {@code null}
 */
public record WishListOwner(String userId, String personId) {
  public WishListOwner {
    Objects.requireNonNull(userId, "userId");
    if (userId.isBlank()) {
      throw new IllegalArgumentException("userId must not be blank");
    }
    if (personId != null && personId.isBlank()) {
      personId = null;
    }
  }

  /** The lists everyone in an account shares. */
  public static WishListOwner account(String userId) {
    return new WishListOwner(userId, null);
  }

  /** The lists of one recognized person, or the account's when {@code personId} is null. */
  public static WishListOwner person(String userId, String personId) {
    return new WishListOwner(userId, personId);
  }

  /** Whether these are a recognized person's own lists rather than the account's. */
  public boolean isRecognizedPerson() {
    return personId != null;
  }
}
