package com.shoptalk.alexa.wishlist;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.ListingReader;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListService;
import java.util.Optional;

/** Reads a page of a wish list ("more", "go back"), with today's names and prices. */
public final class WishListReader implements ListingReader {
  private final WishListService wishLists;
  private final ListChoice lists;

  public WishListReader(WishListService wishLists, ListChoice lists) {
    this.wishLists = wishLists;
    this.lists = lists;
  }

  @Override
  public String source() {
    return Listing.WISH_LIST;
  }

  @Override
  public Optional<Response> readPage(Conversation conversation, Listing listing, String intro) {
    ListName list = lists.named(conversation, listing);
    return WishListSpeech.page(conversation, listing, intro,
        wishLists.read(ListChoice.owner(conversation), list, conversation.locale()), list);
  }
}
