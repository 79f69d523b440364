package com.shoptalk.alexa.listing;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.product.Comparisons;
import com.shoptalk.product.Superlative;
import java.util.Optional;

/** "Which one is the cheapest / most expensive / best rated": names it from the whole list and puts it in focus. */
public final class SuperlativeHandler implements IntentRequestHandler {
  private final Comparisons comparisons;

  public SuperlativeHandler(Comparisons comparisons) {
    this.comparisons = comparisons;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("SuperlativeIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    Optional<Listing> listing = Listing.of(conversation).filter(l -> l.size() > 0);
    if (listing.isEmpty()) {
      return ListSpeech.nothingListed(conversation);
    }
    Optional<Superlative> superlative = conversation.resolvedSlot("superlative").flatMap(Superlative::of);
    if (superlative.isEmpty()) {
      return ListSpeech.whichSuperlative(conversation);
    }
    return comparisons.best(conversation.locale(), listing.get().productIds(), superlative.get())
        .map(best -> {
          listing.get().withFocus(best.id()).save(conversation);
          return ListSpeech.best(conversation, listing.get(), superlative.get(), best);
        })
        .orElseGet(() -> ListSpeech.noRatings(conversation));
  }
}
