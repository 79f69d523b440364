package com.shoptalk.user;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What ShopTalk remembers about an Alexa account between sessions.
 *
 * @param userId the Alexa user id
 * @param lastVisit when the user last opened the skill, or {@code null} before the first visit
 * @param lastSearch the last thing they searched for, or {@code null}
 * @param lastSearchLocale the locale (language tag) the last search was said in, or {@code null} when not known (a
 *     profile saved before it was remembered)
 */
public record UserProfile(String userId, Instant lastVisit, String lastSearch, String lastSearchLocale) {
  public UserProfile(String userId, Instant lastVisit, String lastSearch) {
    this(userId, lastVisit, lastSearch, null);
  }

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
    return new UserProfile(userId, visit, lastSearch, lastSearchLocale);
  }

  public UserProfile withLastSearch(String search) {
    return new UserProfile(userId, lastVisit, search, null);
  }

  /** With the last search and the locale it was said in. */
  public UserProfile withLastSearch(String search, String localeTag) {
    return new UserProfile(userId, lastVisit, search, localeTag);
  }

  /**
   * The last search, to offer again in {@code localeTag}: not one said in another language ("teppiche" in an English
   * welcome), but one whose language is not known.
   */
  public Optional<String> lastSearchIn(String localeTag) {
    return Optional.ofNullable(lastSearch)
        .filter(search -> lastSearchLocale == null || lastSearchLocale.equalsIgnoreCase(localeTag));
  }
}
