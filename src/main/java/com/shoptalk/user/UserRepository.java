package com.shoptalk.user;

import java.util.Optional;

/** Where user profiles are kept. */
public interface UserRepository {
  Optional<UserProfile> find(String userId);

  void save(UserProfile profile);

  /** Removes everything stored for a user: profile, wish lists, questions and their answers. */
  void deleteAllData(String userId);
}
