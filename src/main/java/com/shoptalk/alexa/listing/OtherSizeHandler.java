package com.shoptalk.alexa.listing;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.Selection;
import com.shoptalk.alexa.search.UnknownWords;
import com.shoptalk.catalog.Product;
import com.shoptalk.product.Comparisons;
import com.shoptalk.product.Superlative;
import java.util.Optional;

/**
 * "Something smaller", "was Größeres": the products of the list smaller (or bigger) than the one in focus, by the
 * sizes the feed gives; with none in focus, the smallest (or biggest) of the list. The list stays as it is.
 */
public final class OtherSizeHandler implements IntentRequestHandler {
  private final Comparisons comparisons;
  private final Selection selection;
  private final UnknownWords unknownWords;

  public OtherSizeHandler(Comparisons comparisons, Selection selection, UnknownWords unknownWords) {
    this.comparisons = comparisons;
    this.selection = selection;
    this.unknownWords = unknownWords;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("OtherSizeIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    Optional<String> said = conversation.slot("change");
    if (said.isPresent() && !conversation.isResolved("change")) {
      // "was wiegt die", "was hast du so an gläsern" fit "was {change}" by shape alone: no size was asked for
      return unknownWords.answer(conversation, said.get());
    }
    boolean smaller = conversation.resolvedSlot("change").filter("BIGGER"::equalsIgnoreCase).isEmpty();
    Optional<Listing> listing = Listing.of(conversation).filter(l -> l.size() > 0);
    if (listing.isEmpty()) {
      return ListSpeech.nothingListed(conversation);
    }
    Superlative extreme = smaller ? Superlative.SMALLEST : Superlative.LARGEST;
    Optional<Product> focus = selection.focus(conversation);
    if (focus.isEmpty()) {
      return ListSpeech.bySize(conversation, listing.get(), extreme,
          comparisons.bySize(conversation.locale(), listing.get().productIds(), extreme));
    }
    return ListSpeech.otherSize(conversation, listing.get(), smaller, focus.get(),
        comparisons.beside(conversation.locale(), listing.get().productIds(), focus.get().id(), smaller));
  }
}
