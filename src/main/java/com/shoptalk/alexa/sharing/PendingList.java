package com.shoptalk.alexa.sharing;

import com.shoptalk.alexa.Conversation;
import com.shoptalk.wishlist.ListName;

/** The list a yes or no answers ("Should I share your birthday list?"), kept in the session meanwhile. */
final class PendingList {
  private static final String KEY = "sharingListKey";
  private static final String NAME = "sharingListName";

  private PendingList() {}

  /** Remembers the list and that a yes or no to {@code action} is expected. */
  static void ask(Conversation conversation, String action, ListName list) {
    conversation.pending(action);
    conversation.session().put(KEY, list.key());
    conversation.session().put(NAME, list.displayName());
  }

  /** The list asked about, taken out of the session; the default list when the session lost it. */
  static ListName take(Conversation conversation) {
    Object key = conversation.session().remove(KEY);
    Object name = conversation.session().remove(NAME);
    try {
      return key == null ? ListName.DEFAULT : new ListName(key.toString(), name == null ? "" : name.toString());
    } catch (IllegalArgumentException tampered) {
      return ListName.DEFAULT;
    }
  }
}
