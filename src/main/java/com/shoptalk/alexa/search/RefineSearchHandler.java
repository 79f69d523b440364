package com.shoptalk.alexa.search;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.Shopping;
import com.shoptalk.catalog.Catalog;
import com.shoptalk.catalog.SearchQuery;
import com.shoptalk.catalog.SearchResult;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/**
 * "Only under 200 dollars", "only in blue", "nur in Schwarz", "only from Luma": narrows the current
 * search. When nothing is left, the shopper hears so and keeps the results they had.
 */
public final class RefineSearchHandler implements IntentRequestHandler {
  private final Shopping shopping;

  public RefineSearchHandler(Shopping shopping) {
    this.shopping = shopping;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("RefineSearchIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    Optional<Listing> listing = Listing.of(conversation).filter(Listing::isSearch);
    if (listing.isEmpty() || listing.get().query() == null) {
      return conversation.ask(conversation.ssml("refine.needSearch"), conversation.ssml("search.ask")).build();
    }
    SearchQuery query = listing.get().query();
    Optional<Integer> max = conversation.numberSlot("maxPrice");
    Optional<Integer> min = conversation.numberSlot("minPrice");
    Optional<String> color = conversation.slot("color");
    Optional<String> brand = conversation.slot("brand");
    if (max.isEmpty() && min.isEmpty() && color.isEmpty() && brand.isEmpty()) {
      return conversation.askWithDefaultReprompt(conversation.ssml("refine.how"));
    }
    if (max.isPresent()) {
      query = query.withMaxPrice(BigDecimal.valueOf(max.get()));
    }
    if (min.isPresent()) {
      query = query.withMinPrice(BigDecimal.valueOf(min.get()));
    }
    Catalog catalog = shopping.catalog(conversation);
    if (color.isPresent()) {
      query = query.withColor(catalogColor(catalog, color.get(), conversation.messages().locale()));
    }
    if (brand.isPresent()) {
      query = query.withBrand(brand.get());
    }
    SearchResult result = catalog.search(query);
    if (result.isEmpty() || result.isBroadened()) {
      return conversation.askWithDefaultReprompt(conversation.ssml(listing.get().size() == 1 ? "refine.none.one" : "refine.none",
          "query", shopping.describe(conversation, query), "count", listing.get().size()));
    }
    return shopping.search(conversation, query);
  }

  /** The catalog's own word for a spoken colour ("schwarz" for "schwarzen"), else the word as spoken. */
  private static String catalogColor(Catalog catalog, String spoken, Locale locale) {
    String word = spoken.toLowerCase(locale);
    for (String known : catalog.colors()) {
      String candidate = known.toLowerCase(locale);
      if (word.equals(candidate) || word.startsWith(candidate) || candidate.startsWith(word)) {
        return known;
      }
    }
    return spoken;
  }
}
