package com.shoptalk.alexa.wishlist;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.ProductSpeech;
import com.shoptalk.wishlist.WishListSummary;
import java.util.List;
import java.util.Optional;

/** "Which lists do I have": names every list with how many things are on it. */
public final class ListWishListsHandler implements IntentRequestHandler {
  private final WishLists wishLists;

  public ListWishListsHandler(WishLists wishLists) {
    this.wishLists = wishLists;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("ListWishListsIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    List<WishListSummary> lists = wishLists.service().summaries(WishLists.owner(conversation)).stream()
        .filter(summary -> summary.size() > 0 || !summary.name().isDefault())
        .toList();
    if (lists.isEmpty()) {
      return conversation.askWithDefaultReprompt(conversation.ssml("wishlist.lists.none"));
    }
    List<String> described = lists.stream()
        .map(summary -> conversation.text(entryKey(summary.size()),
            "list", WishLists.label(conversation, summary.name()), "count", summary.size()))
        .toList();
    String speech = lists.size() == 1
        ? conversation.ssml("wishlist.lists.one", "lists", described.get(0))
        : conversation.ssml("wishlist.lists.many", "count", lists.size(), "lists", ProductSpeech.join(described, conversation));
    return conversation.ask(speech, conversation.ssml("wishlist.lists.reprompt")).build();
  }

  private static String entryKey(int size) {
    return switch (size) {
      case 0 -> "wishlist.lists.entry.none";
      case 1 -> "wishlist.lists.entry.one";
      default -> "wishlist.lists.entry";
    };
  }
}
