package com.shoptalk.alexa.sharing;

import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.wishlist.ListChoice;
import com.shoptalk.sharing.SharingService;
import com.shoptalk.wishlist.ListName;

/**
 * The list a sharing request means: the one it names, else the list being read, else the one list
 * the shopper shares ("stop sharing" when only the birthday list is shared), else the wish list.
 */
final class SharedListChoice {
  private SharedListChoice() {}

  static ListName of(Conversation conversation, ListChoice lists, SharingService sharing, boolean preferListBeingRead) {
    ListName chosen = lists.list(conversation, preferListBeingRead);
    if (conversation.slot("listName").isPresent() || !chosen.isDefault()) {
      return chosen;
    }
    return sharing.onlySharedList(ListChoice.owner(conversation)).orElse(chosen);
  }
}
