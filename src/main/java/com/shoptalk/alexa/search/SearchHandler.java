package com.shoptalk.alexa.search;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.handlers.FallbackHandler;
import com.shoptalk.search.SearchOutcome;
import com.shoptalk.search.SearchService;
import java.util.Optional;

/** "Find a lounge chair", "search for rugs under 200 dollars": searches and reads the top results. */
public final class SearchHandler implements IntentRequestHandler {
  private final SearchService searches;
  private final SearchAnswers answers;
  private final DescribedChoice described;

  public SearchHandler(SearchService searches, SearchAnswers answers) {
    this.searches = searches;
    this.answers = answers;
    this.described = new DescribedChoice(searches, answers);
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
      // A lone slot Alexa filled with words that are no product word ("champagnergläsern" may be; "the weather on
      // mars" is not): a search only when it finds just what was said or knows the words as something the shop lacks,
      // else "sorry, I didn't get that".
      SearchOutcome outcome = searches.search(conversation.locale(), word.get());
      // Gift ideas count as found as said only when a gift word was said: a recipient or an occasion alone ("can
      // my sister see my list") is said about much else than shopping.
      if (outcome instanceof SearchOutcome.Found found && (!found.isBroadened() || found.keptTheWords())
          && (!found.gift() || searches.namesGift(conversation.locale(), word.get()))
          || outcome instanceof SearchOutcome.NotCarried || outcome instanceof SearchOutcome.RoomNotFurnished) {
        // found as said (maybe not in the colour asked for), or a kind of product or a room the shop has nothing for
        // ("a floor lamp"): shopping words
        return answers.answer(conversation, outcome);
      }
      // Words around a request no sample lists ("yo do you guys have any lamps"): what it asks for is searched, and
      // answered unless the search had to guess other words (then it found nothing for what was asked).
      Optional<SearchOutcome> asked = AskedFor.in(word.get(), conversation.locale())
          .map(words -> searches.search(conversation.locale(), words))
          .filter(found -> !(found instanceof SearchOutcome.Found f && f.isBroadened()));
      return asked.isPresent() ? answers.answer(conversation, asked.get()) : FallbackHandler.answer(conversation);
    }
    // "find candles", or a bare "candles" after "what are you looking for?"
    query = query.or(() -> word);
    if (query.isEmpty()) {
      return SearchSpeech.askWhat(conversation);
    }
    return answers.answer(conversation, searches.search(conversation.locale(), query.get()));
  }
}
