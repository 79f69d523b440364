package com.shoptalk.alexa;

import com.amazon.ask.model.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * "More" and "go back" on whatever the shopper is looking at: each kind of listing (search results,
 * a wish list) has its {@link ListingReader}; this finds the right one.
 */
public final class Pages {
  private final Map<String, ListingReader> readers;

  public Pages(List<ListingReader> readers) {
    this.readers = readers.stream().collect(Collectors.toUnmodifiableMap(ListingReader::source, Function.identity()));
  }

  /** "There's nothing to page through yet": "more" or "go back" before any listing. */
  public static Optional<Response> nothingToPage(Conversation conversation) {
    return conversation.ask(conversation.ssml("page.nothing"), conversation.ssml("search.ask")).build();
  }

  /** Reads the page at the listing's offset; {@code intro} (SSML) is spoken first. */
  public Optional<Response> read(Conversation conversation, Listing listing, String intro) {
    ListingReader reader = readers.get(listing.source());
    return reader == null
        ? conversation.askWithDefaultReprompt(conversation.ssml("select.nothingListed"))
        : reader.readPage(conversation, listing, intro);
  }
}
