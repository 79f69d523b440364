package com.shoptalk.alexa.search;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.ProductSpeech;
import com.shoptalk.alexa.Shopping;
import com.shoptalk.catalog.Catalog;
import com.shoptalk.catalog.Product;
import com.shoptalk.catalog.SearchQuery;
import com.shoptalk.catalog.SearchResult;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;

/**
 * "Cheaper ones": the same search, below the price of the product in focus (or of the cheapest one
 * just heard). The current results stay when nothing is cheaper.
 */
public final class CheaperHandler implements IntentRequestHandler {
  private static final BigDecimal CENT = new BigDecimal("0.01");
  private final Shopping shopping;

  public CheaperHandler(Shopping shopping) {
    this.shopping = shopping;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("CheaperIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    Optional<Listing> listing = Listing.of(conversation).filter(Listing::isSearch);
    if (listing.isEmpty() || listing.get().query() == null) {
      return conversation.ask(conversation.ssml("refine.needSearch"), conversation.ssml("search.ask")).build();
    }
    Catalog catalog = shopping.catalog(conversation);
    Optional<Product> reference = shopping.focus(conversation).or(() -> listing.get().page().stream()
        .map(catalog::byId).flatMap(Optional::stream)
        .min(Comparator.comparing(Product::effectivePrice)));
    if (reference.isEmpty()) {
      return conversation.ask(conversation.ssml("refine.needSearch"), conversation.ssml("search.ask")).build();
    }
    BigDecimal limit = reference.get().effectivePrice().amount().subtract(CENT);
    SearchQuery cheaper = listing.get().query().withMaxPrice(limit);
    SearchResult result = catalog.search(cheaper);
    if (result.isEmpty() || result.isBroadened()) {
      return conversation.askWithDefaultReprompt(conversation.ssml("cheaper.none",
          "price", ProductSpeech.priceOf(reference.get(), conversation),
          "query", shopping.describe(conversation, listing.get().query())));
    }
    String price = ProductSpeech.priceOf(reference.get(), conversation);
    return shopping.search(conversation, cheaper, count -> conversation.ssml("cheaper.found", "count", count, "price", price));
  }
}
