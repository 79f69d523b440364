package com.shoptalk.alexa.wishlist;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.sharing.SharingSpeech;
import com.shoptalk.sharing.GiftCount;
import com.shoptalk.sharing.SharedItem;
import com.shoptalk.sharing.SharingService;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListOwner;
import com.shoptalk.wishlist.WishListService;
import java.util.List;
import java.util.Optional;

/**
 * "What's on my wish list": reads a list three items at a time, numbered for choosing; on a shared
 * list it first says how many wishes friends took, never which.
 */
public final class ReadWishListHandler implements IntentRequestHandler {
  private final WishListService wishLists;
  private final ListChoice lists;
  private final SharingService sharing;

  public ReadWishListHandler(WishListService wishLists, ListChoice lists, SharingService sharing) {
    this.wishLists = wishLists;
    this.lists = lists;
    this.sharing = sharing;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("ReadWishListIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    ListName list = lists.list(conversation, false);
    WishListOwner owner = ListChoice.owner(conversation);
    // One read gives both: the wishes and which of them friends took.
    List<SharedItem> wishes = sharing.wishes(owner, list);
    return WishListSpeech.fromTop(conversation, list,
        wishLists.read(wishes.stream().map(SharedItem::item).toList(), conversation.locale()),
        SharingSpeech.taken(conversation, GiftCount.of(wishes)));
  }
}
