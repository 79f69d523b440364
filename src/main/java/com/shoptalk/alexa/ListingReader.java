package com.shoptalk.alexa;

import com.amazon.ask.model.Response;
import java.util.Optional;

/** Reads a page of a {@link Listing} aloud; one reader per listing source (search, wish list). */
public interface ListingReader {
  /** The {@link Listing#source()} this reader reads. */
  String source();

  /** Reads the page at the listing's offset; {@code intro} (SSML) is spoken first. */
  Optional<Response> readPage(Conversation conversation, Listing listing, String intro);
}
