package com.shoptalk.alexa.wishlist;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.Shopping;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListItem;
import com.shoptalk.wishlist.WishListOwner;
import java.util.List;
import java.util.Optional;

/** "Remove the first one", "remove the rug from my wish list": takes one item off a list. */
public final class RemoveFromWishListHandler implements IntentRequestHandler {
  private final WishLists wishLists;

  public RemoveFromWishListHandler(WishLists wishLists) {
    this.wishLists = wishLists;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("RemoveFromWishListIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    WishListOwner owner = WishLists.owner(conversation);
    Optional<Integer> position = Shopping.position(conversation);
    // "Remove the second one" means the list being read; a name means the wish list unless one is named.
    ListName list = wishLists.list(conversation, position.isPresent());
    String label = WishLists.labelDative(conversation, list);
    Optional<String> name = conversation.slot("itemName");

    Optional<WishListItem> item;
    if (position.isPresent()) {
      // While this list is being read, "the second one" counts as read; otherwise from the top.
      Optional<Listing> reading = Listing.of(conversation)
          .filter(l -> Listing.WISH_LIST.equals(l.source()) && list.key().equals(l.listKey()));
      Optional<String> id = reading.isPresent() ? reading.get().at(position.get()) : Optional.empty();
      item = id.isPresent()
          ? wishLists.service().items(owner, list).stream().filter(i -> i.productId().equals(id.get())).findFirst()
          : position.get() == -1
              ? wishLists.service().items(owner, list).stream().reduce((first, second) -> second)
              : wishLists.service().itemAt(owner, list, position.get());
      if (item.isEmpty()) {
        int size = wishLists.service().items(owner, list).size();
        return conversation.askWithDefaultReprompt(size == 0
            ? conversation.ssml("wishlist.read.empty", "list", label)
            : Shopping.outOfRange(conversation, position.get(), size));
      }
    } else if (name.isPresent()) {
      List<WishListItem> best = wishLists.service().bestMatchesByName(owner, list, name.get());
      if (best.isEmpty()) {
        return conversation.askWithDefaultReprompt(conversation.ssml("wishlist.remove.notFound", "name", name.get(), "list", label));
      }
      if (best.size() > 1) {
        return askWhichOne(conversation, list, best);
      }
      item = Optional.of(best.get(0));
    } else {
      item = wishLists.shopping().focus(conversation)
          .flatMap(product -> wishLists.service().items(owner, list).stream()
              .filter(i -> i.productId().equals(product.id())).findFirst());
      if (item.isEmpty()) {
        return conversation.askWithDefaultReprompt(conversation.ssml("wishlist.remove.which", "list", label));
      }
    }
    wishLists.service().remove(owner, list, item.get().productId());
    Listing.of(conversation)
        .filter(l -> Listing.WISH_LIST.equals(l.source()) && list.key().equals(l.listKey()))
        .ifPresent(l -> Listing.ofWishList(l.listKey(), l.productIds().stream()
            .filter(id -> !id.equals(item.get().productId())).toList()).save(conversation));
    return conversation.askWithDefaultReprompt(
        conversation.ssml("wishlist.remove.done", "name", item.get().spokenName(), "list", label));
  }

  /** Several items fit the name: number them (as a listing of this list) and ask which one. */
  private static Optional<Response> askWhichOne(Conversation conversation, ListName list, List<WishListItem> candidates) {
    Listing.ofWishList(list.key(), candidates.stream().map(WishListItem::productId).toList()).save(conversation);
    var named = new java.util.ArrayList<String>();
    for (int i = 0; i < candidates.size(); i++) {
      named.add(conversation.text("wishlist.remove.candidate", "number", i + 1, "name", candidates.get(i).spokenName()));
    }
    String speech = conversation.ssml("wishlist.remove.whichOne", "count", candidates.size(),
        "candidates", com.shoptalk.alexa.ProductSpeech.join(named, conversation));
    return conversation.ask(speech, conversation.ssml("wishlist.remove.which.reprompt")).build();
  }
}
