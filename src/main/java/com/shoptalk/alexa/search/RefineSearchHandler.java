package com.shoptalk.alexa.search;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.search.RefineOutcome;
import com.shoptalk.search.Refinement;
import com.shoptalk.search.SearchService;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * "Only under 200 dollars", "only in blue", "nur in Schwarz", "only from Luma": narrows the current
 * search. When nothing is left, the shopper hears so and keeps the results they had.
 */
public final class RefineSearchHandler implements IntentRequestHandler {
  private final SearchService searches;
  private final SearchAnswers answers;

  public RefineSearchHandler(SearchService searches, SearchAnswers answers) {
    this.searches = searches;
    this.answers = answers;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("RefineSearchIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    Optional<Listing> listing = Listing.of(conversation).filter(l -> l.isSearch() && l.query() != null);
    if (listing.isEmpty()) {
      return SearchSpeech.needSearch(conversation);
    }
    var refinement = new Refinement(
        conversation.numberSlot("maxPrice").map(BigDecimal::valueOf).orElse(null),
        conversation.numberSlot("minPrice").map(BigDecimal::valueOf).orElse(null),
        conversation.slot("color").orElse(null),
        conversation.slot("brand").orElse(null));
    if (refinement.isEmpty()) {
      return conversation.askWithDefaultReprompt(conversation.ssml("refine.how"));
    }
    RefineOutcome outcome = searches.refine(conversation.locale(), listing.get().query(), refinement);
    return outcome.found()
        .map(found -> answers.answer(conversation, found))
        .orElseGet(() -> SearchSpeech.nothingLeft(conversation, outcome, listing.get().size()));
  }
}
