package com.shoptalk.alexa.search;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.handlers.FallbackHandler;
import com.shoptalk.search.SearchOutcome;
import com.shoptalk.search.SearchService;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Words Alexa put into a slot that none of the slot's values are: a lone product slot ("champagnergläsern" may be a
 * product; "the weather on mars" is not), or a shape-only sample's slot ("was {change}" heard for "was hast du so an
 * gläsern"). They are searched only when the search finds just what was said, or knows the words as something the
 * shop lacks; else the shopper hears "sorry, I didn't get that" rather than an answer to a question not asked.
 */
public final class UnknownWords {
  private final SearchService searches;
  private final SearchAnswers answers;

  public UnknownWords(SearchService searches, SearchAnswers answers) {
    this.searches = searches;
    this.answers = answers;
  }

  /** The answer to words no slot value names: the search's, or "sorry, I didn't get that". */
  public Optional<Response> answer(Conversation conversation, String words) {
    return answer(conversation, words, () -> FallbackHandler.answer(conversation));
  }

  /** The search's answer when the words name something to shop for, else {@code otherwise}'s. */
  public Optional<Response> answer(Conversation conversation, String words, Supplier<Optional<Response>> otherwise) {
    Optional<SearchOutcome> outcome = shopping(conversation, words);
    return outcome.isPresent() ? answers.answer(conversation, outcome.get()) : otherwise.get();
  }

  private Optional<SearchOutcome> shopping(Conversation conversation, String words) {
    SearchOutcome outcome = searches.search(conversation.locale(), words);
    // Gift ideas count as found as said only when a gift word was said: a recipient or an occasion alone ("can
    // my sister see my list") is said about much else than shopping.
    if (outcome instanceof SearchOutcome.Found found && (!found.isBroadened() || found.keptTheWords())
        && (!found.gift() || searches.namesGift(conversation.locale(), words))
        || outcome instanceof SearchOutcome.NotCarried || outcome instanceof SearchOutcome.RoomNotFurnished) {
      // found as said (maybe not in the colour asked for), or a kind of product or a room the shop has nothing for
      // ("a floor lamp"): shopping words
      return Optional.of(outcome);
    }
    // Words around a request no sample lists ("yo do you guys have any lamps"): what it asks for is searched, and
    // answered unless the search had to guess other words (then it found nothing for what was asked).
    return AskedFor.in(words, conversation.locale())
        .map(request -> searches.search(conversation.locale(), request))
        .filter(found -> !(found instanceof SearchOutcome.Found f && f.isBroadened()));
  }
}
