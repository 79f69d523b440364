package com.shoptalk.alexa.search;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.ListingReader;
import com.shoptalk.search.SearchService;
import java.util.Optional;

/** Reads a page of search results ("more", "go back") with the catalog's current products. */
public final class SearchResultsReader implements ListingReader {
  private final SearchService searches;

  public SearchResultsReader(SearchService searches) {
    this.searches = searches;
  }

  @Override
  public String source() {
    return Listing.SEARCH;
  }

  @Override
  public Optional<Response> readPage(Conversation conversation, Listing listing, String intro) {
    return SearchSpeech.page(conversation, listing, intro,
        searches.products(conversation.locale(), listing.page()), searches.currency(conversation.locale()));
  }
}
