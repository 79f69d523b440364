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
  /**
   * Cheaper means strictly below the reference price. The catalog's maximum is inclusive and counts
   * whole cents (rounded down), so a tenth of a cent below excludes the reference price itself while
   * the limit still reads as that price ("under $299", not "under $298.99").
   */
  private static final BigDecimal JUST_BELOW = new BigDecimal("0.001");
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
    // The price alone: "cheaper than $99", never "cheaper than $99, on sale instead of $129".
    String price = ProductSpeech.price(reference.get().effectivePrice(), conversation.messages().locale());
    BigDecimal limit = reference.get().effectivePrice().amount().subtract(JUST_BELOW);
    SearchQuery cheaper = limit.signum() < 0 ? null : listing.get().query().withMaxPrice(limit);
    SearchResult result = cheaper == null ? null : catalog.search(cheaper);
    if (result == null || result.isEmpty() || result.isBroadened()) {
      return conversation.askWithDefaultReprompt(conversation.ssml("cheaper.none",
          "price", price, "query", shopping.describe(conversation, listing.get().query())));
    }
    return shopping.search(conversation, cheaper, count -> conversation.ssml("cheaper.found", "count", count, "price", price));
  }
}
