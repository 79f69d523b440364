package com.shoptalk.user;

import com.shoptalk.question.QuestionRepository;
import com.shoptalk.wishlist.WishListRepository;
import java.util.Objects;

/**
 * "Delete my data" (and a disabled skill): removes everything ShopTalk stored for an account by
 * asking every repository to delete what belongs to it.
 *
 * <p>Questions go first and the profile last, so that a deletion that stopped halfway (the store
 * was unavailable) can simply be asked for again.
 */
public final class AccountDeletion {
  private final UserRepository users;
  private final WishListRepository wishLists;
  private final QuestionRepository questions;

  public AccountDeletion(UserRepository users, WishListRepository wishLists, QuestionRepository questions) {
    this.users = Objects.requireNonNull(users, "users");
    this.wishLists = Objects.requireNonNull(wishLists, "wishLists");
    this.questions = Objects.requireNonNull(questions, "questions");
  }

  /**
   * Deletes the user's questions with their friends' answers, all wish lists of the account and of
   * its recognized persons, and the profile.
   *
   * @throws com.shoptalk.storage.StorageUnavailableException when the store could not finish; part
   *     of the data may be gone, and calling again deletes the rest
   */
  public void deleteAllOf(String userId) {
    if (userId == null || userId.isBlank()) {
      throw new IllegalArgumentException("userId must not be blank");
    }
    questions.deleteAllOf(userId);
    wishLists.deleteAllOf(userId);
    users.deleteAllOf(userId);
  }
}
