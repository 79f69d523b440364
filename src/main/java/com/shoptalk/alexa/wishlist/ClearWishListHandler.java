package com.shoptalk.alexa.wishlist;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.PendingAction;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListService;
import java.util.Optional;

/** "Clear my wish list": asks first, empties the list only after a yes. */
public final class ClearWishListHandler implements IntentRequestHandler, PendingAction {
  private static final String LIST_KEY = "clearListKey";
  private static final String LIST_NAME = "clearListName";
  private final WishListService wishLists;
  private final ListChoice lists;

  public ClearWishListHandler(WishListService wishLists, ListChoice lists) {
    this.wishLists = wishLists;
    this.lists = lists;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("ClearWishListIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    // "Clear my wish list" names no list slot: it means the wish list, not the list being read.
    ListName list = lists.list(conversation, false);
    int size = wishLists.items(ListChoice.owner(conversation), list).size();
    if (size == 0) {
      return conversation.askWithDefaultReprompt(WishListSpeech.empty(conversation, list));
    }
    conversation.pending(name());
    conversation.session().put(LIST_KEY, list.key());
    conversation.session().put(LIST_NAME, list.displayName());
    String question = WishListSpeech.confirmClear(conversation, list, size);
    return conversation.ask(question, question).build();
  }

  @Override
  public String name() {
    return "clearList";
  }

  @Override
  public Optional<Response> yes(Conversation conversation) {
    ListName list = pendingList(conversation);
    wishLists.clear(ListChoice.owner(conversation), list);
    return conversation.askWithDefaultReprompt(
        conversation.ssml("wishlist.clear.done", "list", WishListSpeech.label(conversation, list)));
  }

  @Override
  public Optional<Response> no(Conversation conversation) {
    ListName list = pendingList(conversation);
    return conversation.askWithDefaultReprompt(
        conversation.ssml("wishlist.clear.kept", "list", WishListSpeech.label(conversation, list)));
  }

  private static ListName pendingList(Conversation conversation) {
    Object key = conversation.session().remove(LIST_KEY);
    Object display = conversation.session().remove(LIST_NAME);
    try {
      return key == null ? ListName.DEFAULT : new ListName(key.toString(), display == null ? "" : display.toString());
    } catch (IllegalArgumentException tampered) {
      return ListName.DEFAULT;
    }
  }
}
