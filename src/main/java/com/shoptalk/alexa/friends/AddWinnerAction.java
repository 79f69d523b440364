package com.shoptalk.alexa.friends;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.PendingAction;
import com.shoptalk.alexa.wishlist.WishLists;
import com.shoptalk.wishlist.AddOutcome;
import com.shoptalk.wishlist.ListName;
import java.util.Optional;

/** "Should I add the winner to your wish list?" — yes saves it to the default list. */
public final class AddWinnerAction implements PendingAction {
  static final String NAME = "addWinner";
  private final Friends friends;
  private final WishLists wishLists;

  public AddWinnerAction(Friends friends, WishLists wishLists) {
    this.friends = friends;
    this.wishLists = wishLists;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Response> yes(Conversation conversation) {
    Object id = conversation.session().remove(Verdicts.WINNER);
    var product = Optional.ofNullable(id).map(Object::toString).flatMap(friends.shopping().catalog(conversation)::byId);
    if (product.isEmpty()) {
      return conversation.askWithDefaultReprompt(conversation.ssml("friends.winner.gone"));
    }
    AddOutcome outcome = wishLists.service().add(WishLists.owner(conversation), ListName.DEFAULT, WishLists.itemOf(product.get()));
    String key = switch (outcome) {
      case ADDED -> "wishlist.add.done";
      case ALREADY_ON_LIST -> "wishlist.add.already";
      case LIST_FULL -> "wishlist.add.full";
    };
    String list = outcome == AddOutcome.ALREADY_ON_LIST
        ? WishLists.labelDative(conversation, ListName.DEFAULT) : WishLists.label(conversation, ListName.DEFAULT);
    return conversation.askWithDefaultReprompt(conversation.ssml(key, "name", product.get().spokenName(), "list", list,
        "max", com.shoptalk.wishlist.WishListService.MAX_ITEMS));
  }

  @Override
  public Optional<Response> no(Conversation conversation) {
    conversation.session().remove(Verdicts.WINNER);
    return conversation.askWithDefaultReprompt(conversation.ssml("friends.winner.notSaved"));
  }
}
