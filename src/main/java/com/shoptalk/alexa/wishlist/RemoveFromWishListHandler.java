package com.shoptalk.alexa.wishlist;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.Selection;
import com.shoptalk.wishlist.ItemChoice;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListService;
import java.util.Optional;

/** "Remove the first one", "remove the rug from my wish list": takes one item off a list. */
public final class RemoveFromWishListHandler implements IntentRequestHandler {
  private final WishListService wishLists;
  private final ListChoice lists;

  public RemoveFromWishListHandler(WishListService wishLists, ListChoice lists) {
    this.wishLists = wishLists;
    this.lists = lists;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("RemoveFromWishListIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    Optional<Integer> position = Selection.position(conversation);
    // "Remove the second one" means the list being read; a name means the wish list unless one is named.
    ListName list = lists.list(conversation, position.isPresent());
    return WishListSpeech.removal(conversation, list,
        wishLists.remove(ListChoice.owner(conversation), list, choice(conversation, list, position)));
  }

  private static ItemChoice choice(Conversation conversation, ListName list, Optional<Integer> position) {
    if (position.isPresent()) {
      // While this list is being read, "the second one" counts as read; otherwise from the top.
      Optional<String> asRead = Listing.of(conversation)
          .filter(l -> Listing.WISH_LIST.equals(l.source()) && list.key().equals(l.listKey()))
          .flatMap(l -> l.at(position.get()));
      return new ItemChoice.ByPosition(position.get(), asRead);
    }
    Optional<String> name = conversation.slot("itemName");
    return name.<ItemChoice>map(ItemChoice.ByName::new).orElseGet(() -> new ItemChoice.ByProduct(Selection.focusId(conversation)));
  }
}
