package com.shoptalk.alexa.wishlist;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.PendingChoice;
import com.shoptalk.alexa.Selection;
import com.shoptalk.catalog.Product;
import com.shoptalk.wishlist.AddOutcome;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListService;
import java.util.Optional;

/** "Save it", "save the second one", "put it on my birthday list": adds a product to a list. */
public final class AddToWishListHandler implements IntentRequestHandler {
  private final WishListService wishLists;
  private final ListChoice lists;
  private final Selection selection;

  public AddToWishListHandler(WishListService wishLists, ListChoice lists, Selection selection) {
    this.wishLists = wishLists;
    this.lists = lists;
    this.selection = selection;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("AddToWishListIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    Optional<Product> product = selection.chosen(conversation);
    if (product.isEmpty()) {
      return nothingChosen(conversation);
    }
    ListName list = lists.list(conversation, false);
    AddOutcome outcome = wishLists.add(ListChoice.owner(conversation), list, product.get(), conversation.locale());
    String speech = WishListSpeech.added(conversation, outcome, product.get().spokenName(), list);
    return conversation.ask(speech + " " + conversation.ssml("wishlist.add.next"), conversation.ssml("reprompt.default")).build();
  }

  private static Optional<Response> nothingChosen(Conversation conversation) {
    Optional<Listing> listing = Listing.of(conversation);
    if (listing.isPresent() && listing.get().size() > 1 && Selection.position(conversation).isEmpty()) {
      // "Save it" among several results: a bare "the first one" would only select, so ask for "save the first one".
      String which = conversation.ssml("wishlist.add.which");
      PendingChoice.ask(conversation);
      return conversation.ask(which, which).build();
    }
    if (listing.isPresent()) {
      return Selection.noProductChosen(conversation);
    }
    return conversation.ask(conversation.ssml("wishlist.add.nothing"), conversation.ssml("search.ask")).build();
  }
}
