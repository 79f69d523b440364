package com.shoptalk.user;

import java.time.Instant;
import java.util.Objects;

/**
 * What ShopTalk remembers about an Alexa account between sessions.
 *
 * @param userId the Alexa user id
 * @param lastVisit when the user last opened the skill, or {@code null} before the first visit
 * @param lastSearch the last thing they searched for, or {@code null}
 */
public record UserProfile(String userId, Instant lastVisit, String lastSearch) {
  public UserProfile {
    Objects.requireNonNull(userId, "userId");
    if (userId.isBlank()) {
      throw new IllegalArgumentException("userId must not be blank");
    }
  }

  /** A profile for someone ShopTalk has never seen. */
  public static UserProfile newUser(String userId) {
    return new UserProfile(userId, null, null);
  }

  /** Whether ShopTalk knows nothing of earlier visits or searches. */
  public boolean isFirstVisit() {
    return lastVisit == null && lastSearch == null;
  }

  public UserProfile withLastVisit(Instant visit) {
    return new UserProfile(userId, visit, lastSearch);
  }

  public UserProfile withLastSearch(String search) {
    return new UserProfile(userId, lastVisit, search);
  }
}
