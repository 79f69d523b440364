package com.shoptalk.alexa.search;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.ProductSpeech;
import com.shoptalk.alexa.Selection;
import com.shoptalk.search.CheaperOutcome;
import com.shoptalk.search.SearchService;
import java.util.Optional;

/**
 * "Cheaper ones": the same search, below the price of the product in focus (or of the cheapest one
 * just heard). The current results stay when nothing is cheaper.
 */
public final class CheaperHandler implements IntentRequestHandler {
  private final SearchService searches;
  private final SearchAnswers answers;

  public CheaperHandler(SearchService searches, SearchAnswers answers) {
    this.searches = searches;
    this.answers = answers;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("CheaperIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    Optional<Listing> listing = Listing.of(conversation).filter(l -> l.isSearch() && l.query() != null);
    Optional<CheaperOutcome> outcome = listing.flatMap(l -> searches.cheaper(conversation.locale(), l.query(),
        Selection.focusId(conversation), l.page()));
    if (outcome.isEmpty()) {
      return SearchSpeech.needSearch(conversation);
    }
    // The price alone: "cheaper than $99", never "cheaper than $99, on sale instead of $129".
    String price = ProductSpeech.price(outcome.get().than(), conversation.locale());
    return outcome.get().found()
        .map(found -> answers.answer(conversation, found,
            conversation.ssml(found.products().size() == 1 ? "cheaper.found.one" : "cheaper.found",
                "count", found.products().size(), "price", price)))
        .orElseGet(() -> conversation.askWithDefaultReprompt(conversation.ssml("cheaper.none", "price", price,
            "query", SearchSpeech.describe(conversation, outcome.get().query(), outcome.get().than().currency()))));
  }
}
