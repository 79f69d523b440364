package com.shoptalk.alexa.wishlist;

import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListOwner;
import com.shoptalk.wishlist.WishListService;
import java.util.Locale;
import java.util.Optional;

/** Whose lists a request is about, and which of their lists it means. */
public final class ListChoice {
  private final WishListService wishLists;

  public ListChoice(WishListService wishLists) {
    this.wishLists = wishLists;
  }

  /** A recognized voice has their own lists; everyone else shares the account's. */
  public static WishListOwner owner(Conversation conversation) {
    return conversation.personId()
        .map(person -> WishListOwner.person(conversation.userId(), person))
        .orElseGet(() -> WishListOwner.account(conversation.userId()));
  }

  /**
   * The list a request means: the one named in the {@code listName} slot (its resolved id keeps
   * "birthday" and "Geburtstag" one list), else — when {@code preferListBeingRead} — the list being
   * read, else the default list.
   */
  public ListName list(Conversation conversation, boolean preferListBeingRead) {
    Optional<String> spoken = conversation.slot("listName");
    if (spoken.isEmpty()) {
      return preferListBeingRead ? beingRead(conversation).orElse(ListName.DEFAULT) : ListName.DEFAULT;
    }
    ListName said = ListName.of(spoken.get(), conversation.locale());
    Optional<String> resolvedId = conversation.resolvedSlot("listName").filter(id -> !id.equals(spoken.get()));
    if (said.isDefault() || resolvedId.isEmpty()) {
      return said;
    }
    ListName canonical = ListName.of(resolvedId.get(), Locale.US);
    return canonical.isDefault() ? said : new ListName(canonical.key(), said.displayName());
  }

  /** The list of a wish-list listing, with the name it was first given. */
  ListName named(Conversation conversation, Listing listing) {
    return wishLists.list(owner(conversation), listing.listKey()).orElse(ListName.DEFAULT);
  }

  private Optional<ListName> beingRead(Conversation conversation) {
    return Listing.of(conversation).filter(l -> Listing.WISH_LIST.equals(l.source())).map(l -> named(conversation, l));
  }
}
