package com.shoptalk.alexa.search;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.search.SearchOutcome;
import com.shoptalk.search.SearchService;
import java.util.Optional;

/** "Find a lounge chair", "search for rugs under 200 dollars": searches and reads the top results. */
public final class SearchHandler implements IntentRequestHandler {
  private final SearchService searches;
  private final SearchAnswers answers;
  private final DescribedChoice described;
  private final UnknownWords unknownWords;

  public SearchHandler(SearchService searches, SearchAnswers answers, UnknownWords unknownWords) {
    this.searches = searches;
    this.answers = answers;
    this.described = new DescribedChoice(searches, answers);
    this.unknownWords = unknownWords;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("SearchIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    Optional<String> query = conversation.slot("query");
    Optional<String> word = conversation.slot("itemName");
    // "How about the white one" while results are listed: a pick among them, not a search for "one"
    Optional<String> pick = query.or(() -> word).flatMap(said -> DescribedChoice.describedAsOne(said, conversation.locale()));
    var listed = DescribedChoice.searchListed(conversation);
    if (pick.isPresent() && listed.isPresent()) {
      return described.answer(conversation, listed.get(), pick.get(), false);
    }
    if (pick.isPresent() && query.isPresent()) {
      // "show me a white one" with nothing listed: a search for what was described, not for "one"
      query = pick;
    }
    // "Any deals on coffee tables": the feed says nothing about sales; said plainly, with what was asked for.
    Optional<String> withoutSale = query.or(() -> word).flatMap(said -> SaleWords.without(said, conversation.locale()));
    if (withoutSale.isPresent()
        && searches.search(conversation.locale(), withoutSale.get()) instanceof SearchOutcome.Found found
        && !found.isBroadened()) {
      return answers.answer(conversation, found,
          conversation.ssml("search.noSales") + " " + SearchSpeech.heading(conversation, found));
    }
    if (query.isEmpty() && word.isPresent() && !conversation.isResolved("itemName")) {
      return unknownWords.answer(conversation, word.get());
    }
    // "find candles", or a bare "candles" after "what are you looking for?"
    query = query.or(() -> word);
    if (query.isEmpty()) {
      return SearchSpeech.askWhat(conversation);
    }
    return answers.answer(conversation, searches.search(conversation.locale(), query.get()));
  }
}
