package com.shoptalk.user;

import java.time.Clock;
import java.util.Objects;

/**
 * The shopper's visits: what ShopTalk remembers between sessions (when they were last here, what
 * they last searched for) to welcome them back.
 *
 * <p>Reading ({@link #previous}, {@link #arrive}) and remembering ({@link #recordVisit}, {@link #rememberSearch})
 * are separate on purpose: remembering is bookkeeping that the skill does after its answer is
 * composed, so that a slow table never delays what the shopper hears.
 */
public final class VisitService {
  private final UserRepository users;
  private final Clock clock;

  public VisitService(UserRepository users, Clock clock) {
    this.users = Objects.requireNonNull(users, "users");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The shopper as ShopTalk knew them before this visit; a new profile for a first visit. */
  public UserProfile previous(String userId) {
    return users.find(userId).orElseGet(() -> UserProfile.newUser(userId));
  }

  /**
   * The shopper as ShopTalk knew them before this visit, with their questions to friends: one read
   * of the store, where {@link #previous} and then listing the questions would be two.
   */
  public Arrival arrive(String userId) {
    return users.arrival(userId);
  }

  /** Remembers that the shopper is here now (bookkeeping: answers since now are no longer news). */
  public void recordVisit(String userId) {
    users.save(UserProfile.newUser(userId).withLastVisit(clock.instant()));
  }

  /**
   * Remembers what the shopper searched for, to offer it again next time (bookkeeping); a blank
   * search is not remembered.
   */
  public void rememberSearch(String userId, String search) {
    rememberSearch(userId, search, null);
  }

  /** Remembers what the shopper searched for and in which locale (a language tag), to offer it again in that one. */
  public void rememberSearch(String userId, String search, String localeTag) {
    if (search != null && !search.isBlank()) {
      users.save(UserProfile.newUser(userId).withLastSearch(search, localeTag));
    }
  }
}
