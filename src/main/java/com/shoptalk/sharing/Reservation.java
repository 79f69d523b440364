package com.shoptalk.sharing;

import java.time.Instant;
import java.util.Objects;

/**
 * A friend's promise to give one wish: at most one per wish. Friends see it as "taken"; the owner
 * never sees who made it, nor the name and note.
 *
 * @param itemId the wish on the list (see {@link SharedItem#id()})
 * @param friendId the random id of the friend's browser, the only proof that it is theirs
 * @param friendName the name the friend typed for the other friends, or {@code null}
 * @param note a note for the other friends ("I'll get the blue one"), or {@code null}
 * @param bought whether the friend marked it bought
 * @param at when it was reserved
 */
public record Reservation(long itemId, String friendId, String friendName, String note, boolean bought, Instant at) {
  /** Longest name. */
  public static final int MAX_NAME = 40;
  /** Longest note. */
  public static final int MAX_NOTE = 200;
  /** Longest friend id (the browser's random id). */
  private static final int MAX_FRIEND_ID = 100;

  public Reservation {
    Objects.requireNonNull(at, "at");
    if (friendId == null || friendId.isBlank() || friendId.length() > MAX_FRIEND_ID) {
      throw new InvalidReservation("friend");
    }
    if (itemId < 1) {
      throw new InvalidReservation("item");
    }
    friendName = FriendText.check(friendName, MAX_NAME, "name");
    note = FriendText.check(note, MAX_NOTE, "note");
  }

  /** Whether the friend with this browser id made it. */
  public boolean isBy(String friend) {
    return friendId.equals(friend);
  }

  /** A copy marked bought. */
  public Reservation asBought() {
    return new Reservation(itemId, friendId, friendName, note, true, at);
  }
}
