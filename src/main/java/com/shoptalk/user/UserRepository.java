package com.shoptalk.user;

import java.util.Optional;

/**
 * Where user profiles are kept. Writes either happen or throw
 * {@link com.shoptalk.storage.StorageUnavailableException}.
 */
public interface UserRepository {
  Optional<UserProfile> find(String userId);

  /**
   * The user's profile (a new one when there is none) and their questions, newest first, in one
   * read: what opening the skill needs before it can answer.
   */
  Arrival arrival(String userId);

  void save(UserProfile profile);

  /** Removes the user's profile ("delete my data"; {@link AccountDeletion} removes the rest). */
  void deleteAllOf(String userId);
}
