package com.shoptalk.user;

import com.shoptalk.insights.SharedComments;
import com.shoptalk.question.QuestionRepository;
import com.shoptalk.sharing.SharingRepository;
import com.shoptalk.wishlist.WishListRepository;
import java.util.Objects;

/**
 * "Delete my data" (and a disabled skill): removes everything ShopTalk stored for an account by
 * asking every repository to delete what belongs to it.
 *
 * <p>Shared lists' links and friends' reservations go first, then the friends' comments shared with
 * the shop (found through the questions), then questions, and the profile last,
 * so that a deletion that stopped halfway (the store was unavailable) can simply be asked for again.
 */
public final class AccountDeletion {
  private final UserRepository users;
  private final WishListRepository wishLists;
  private final QuestionRepository questions;
  private final SharingRepository shares;
  private final SharedComments comments;

  /** @param comments the friends' comments shared with the shop, found through the user's questions */
  public AccountDeletion(UserRepository users, WishListRepository wishLists, QuestionRepository questions,
      SharingRepository shares, SharedComments comments) {
    this.users = Objects.requireNonNull(users, "users");
    this.wishLists = Objects.requireNonNull(wishLists, "wishLists");
    this.questions = Objects.requireNonNull(questions, "questions");
    this.shares = Objects.requireNonNull(shares, "shares");
    this.comments = Objects.requireNonNull(comments, "comments");
  }

  /**
   * Deletes the links to the user's shared lists and friends' reservations on them, the friends'
   * comments on the user's questions that the shop could read, the user's questions with their
   * friends' answers, all wish lists of the account and of its recognized
   * persons, and the profile.
   *
   * @throws com.shoptalk.storage.StorageUnavailableException when the store could not finish; part
   *     of the data may be gone, and calling again deletes the rest
   */
  public void deleteAllOf(String userId) {
    if (userId == null || userId.isBlank()) {
      throw new IllegalArgumentException("userId must not be blank");
    }
    shares.deleteAllOf(userId);
    comments.deleteAllOf(userId);
    questions.deleteAllOf(userId);
    wishLists.deleteAllOf(userId);
    users.deleteAllOf(userId);
  }
}
