package com.shoptalk.alexa.wishlist;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.Selection;
import com.shoptalk.search.SearchOutcome;
import com.shoptalk.search.SearchService;
import com.shoptalk.wishlist.ItemChoice;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListService;
import java.util.Optional;
import java.util.Set;

/** "Remove the first one", "remove the rug from my wish list": takes one item off a list. */
public final class RemoveFromWishListHandler implements IntentRequestHandler {
  private final WishListService wishLists;
  private final ListChoice lists;
  private final SearchService searches;

  public RemoveFromWishListHandler(WishListService wishLists, ListChoice lists, SearchService searches) {
    this.wishLists = wishLists;
    this.lists = lists;
    this.searches = searches;
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

  private ItemChoice choice(Conversation conversation, ListName list, Optional<Integer> position) {
    if (position.isPresent()) {
      // While this list is being read, "the second one" counts as read; otherwise from the top.
      Optional<String> asRead = Listing.of(conversation)
          .filter(l -> Listing.WISH_LIST.equals(l.source()) && list.key().equals(l.listKey()))
          .flatMap(l -> l.at(position.get()));
      return new ItemChoice.ByPosition(position.get(), asRead);
    }
    Optional<String> name = conversation.slot("itemName");
    return name.<ItemChoice>map(spoken -> new ItemChoice.ByName(spoken, () -> described(conversation, spoken)))
        .orElseGet(() -> new ItemChoice.ByProduct(Selection.focusId(conversation)));
  }

  /** What the catalog finds for the words said, as asked (not broadened): "das Bild" finds paintings. */
  private Set<String> described(Conversation conversation, String spoken) {
    return searches.search(conversation.locale(), spoken) instanceof SearchOutcome.Found found && !found.isBroadened()
        ? Set.copyOf(found.productIds()) : Set.of();
  }
}
