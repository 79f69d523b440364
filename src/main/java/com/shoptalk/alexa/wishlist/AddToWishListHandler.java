package com.shoptalk.alexa.wishlist;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.Shopping;
import com.shoptalk.catalog.Product;
import com.shoptalk.wishlist.AddOutcome;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListService;
import java.util.Optional;

/** "Save it", "save the second one", "put it on my birthday list": adds a product to a list. */
public final class AddToWishListHandler implements IntentRequestHandler {
  private final WishLists wishLists;

  public AddToWishListHandler(WishLists wishLists) {
    this.wishLists = wishLists;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("AddToWishListIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    Shopping shopping = wishLists.shopping();
    Optional<Product> product = shopping.chosen(conversation);
    if (product.isEmpty()) {
      Optional<Listing> listing = Listing.of(conversation);
      if (listing.isPresent() && listing.get().size() > 1 && Shopping.position(conversation).isEmpty()) {
        // "Save it" among several results: a bare "the first one" would only select, so ask for "save the first one".
        String which = conversation.ssml("wishlist.add.which");
        return conversation.ask(which, which).build();
      }
      if (listing.isPresent()) {
        return shopping.noProductChosen(conversation);
      }
      return conversation.ask(conversation.ssml("wishlist.add.nothing"), conversation.ssml("search.ask")).build();
    }
    ListName list = wishLists.list(conversation, false);
    String label = WishLists.label(conversation, list);
    AddOutcome outcome = wishLists.service().add(WishLists.owner(conversation), list, WishLists.itemOf(product.get()));
    String speech = switch (outcome) {
      // The product's name stays the subject ("… steht jetzt auf deiner Wunschliste"): as an object,
      // German would need "Geflochtenen Teppich", which a catalog name cannot give.
      case ADDED -> conversation.ssml("wishlist.add.done", "name", product.get().spokenName(),
          "list", WishLists.labelDative(conversation, list));
      case ALREADY_ON_LIST -> conversation.ssml("wishlist.add.already", "name", product.get().spokenName(),
          "list", WishLists.labelDative(conversation, list));
      case LIST_FULL -> conversation.ssml("wishlist.add.full", "list", label, "max", WishListService.MAX_ITEMS);
    };
    return conversation.ask(speech + " " + conversation.ssml("wishlist.add.next"), conversation.ssml("reprompt.default")).build();
  }
}
