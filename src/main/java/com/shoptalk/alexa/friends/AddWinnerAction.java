package com.shoptalk.alexa.friends;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.PendingAction;
import com.shoptalk.alexa.wishlist.ListChoice;
import com.shoptalk.alexa.wishlist.WishListSpeech;
import com.shoptalk.search.SearchService;
import com.shoptalk.wishlist.AddOutcome;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListService;
import java.util.Optional;

/** "Should I add the winner to your wish list?" — yes saves it to the default list. */
public final class AddWinnerAction implements PendingAction {
  static final String NAME = "addWinner";
  private final SearchService searches;
  private final WishListService wishLists;

  public AddWinnerAction(SearchService searches, WishListService wishLists) {
    this.searches = searches;
    this.wishLists = wishLists;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Response> yes(Conversation conversation) {
    Object id = conversation.session().remove(VerdictSpeech.FAVOURITE);
    var product = Optional.ofNullable(id).map(Object::toString).flatMap(found -> searches.product(conversation.locale(), found));
    if (product.isEmpty()) {
      return conversation.askWithDefaultReprompt(conversation.ssml("friends.winner.gone"));
    }
    AddOutcome outcome = wishLists.add(ListChoice.owner(conversation), ListName.DEFAULT, product.get(), conversation.locale());
    return conversation.askWithDefaultReprompt(
        WishListSpeech.added(conversation, outcome, product.get().spokenName(), ListName.DEFAULT));
  }

  @Override
  public Optional<Response> no(Conversation conversation) {
    conversation.session().remove(VerdictSpeech.FAVOURITE);
    return conversation.askWithDefaultReprompt(conversation.ssml("friends.winner.notSaved"));
  }
}
