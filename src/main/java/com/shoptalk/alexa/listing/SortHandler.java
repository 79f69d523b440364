package com.shoptalk.alexa.listing;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.Pages;
import com.shoptalk.product.Comparisons;
import com.shoptalk.product.SortOrder;
import java.util.Optional;

/** "Sort by price", "most expensive first", "sort by rating": the current list re-read from the top in that order. */
public final class SortHandler implements IntentRequestHandler {
  /** The SORT_ORDER id for "on sale", "deals", "im Angebot": an order the feed cannot give. */
  private static final String SALE = "SALE";

  private final Comparisons comparisons;
  private final Pages pages;

  public SortHandler(Comparisons comparisons, Pages pages) {
    this.comparisons = comparisons;
    this.pages = pages;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("SortIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    Optional<Listing> listing = Listing.of(conversation).filter(l -> l.size() > 0);
    // "Is there anything on sale": the feed has no sale prices or discounts; said plainly, with the cheapest first.
    boolean sale = conversation.resolvedSlot("sortBy").filter(SALE::equals).isPresent();
    if (listing.isEmpty()) {
      return sale ? ListSpeech.noSalesNothingListed(conversation) : ListSpeech.nothingListed(conversation);
    }
    if (sale) {
      return comparisons.sorted(conversation.locale(), listing.get().productIds(), SortOrder.PRICE_ASC)
          .map(sorted -> pages.read(conversation, listing.get().reordered(sorted), conversation.ssml("sort.noSales")))
          .orElseGet(() -> pages.read(conversation, listing.get(), conversation.ssml("sort.noSales")));
    }
    Optional<SortOrder> order = conversation.resolvedSlot("sortBy").flatMap(SortOrder::of);
    if (order.isEmpty()) {
      return ListSpeech.whichOrder(conversation);
    }
    return comparisons.sorted(conversation.locale(), listing.get().productIds(), order.get())
        .map(sorted -> pages.read(conversation, listing.get().reordered(sorted), ListSpeech.sortedBy(conversation, order.get())))
        .orElseGet(() -> ListSpeech.cannotSortByRating(conversation));
  }
}
