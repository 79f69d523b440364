package com.shoptalk.alexa.listing;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.LastResponseInterceptor;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.Selection;
import com.shoptalk.product.Comparisons;
import java.util.List;
import java.util.Optional;

/**
 * "Compare the first and the second", "what's the difference", "which is cheaper": price, colour, rating and one
 * distinguishing fact of two or three products of the current list.
 */
public final class CompareHandler implements IntentRequestHandler {
  private static final String COMPARED = "compared";
  private final Comparisons comparisons;

  public CompareHandler(Comparisons comparisons) {
    this.comparisons = comparisons;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("CompareIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    conversation.session().remove(COMPARED); // a comparison that does not happen leaves no earlier pair behind
    Optional<Listing> listing = Listing.of(conversation).filter(l -> l.size() > 0);
    if (listing.isEmpty()) {
      return CompareSpeech.needTwo(conversation);
    }
    if (listing.get().size() == 1) {
      return CompareSpeech.onlyOne(conversation);
    }
    ComparedProducts.Choice choice = ComparedProducts.of(conversation, listing.get());
    if (choice instanceof ComparedProducts.OutOfRange out) {
      return conversation.askWithDefaultReprompt(Selection.outOfRange(conversation, out.number(), out.count()));
    }
    if (!(choice instanceof ComparedProducts.Chosen chosen)) {
      return CompareSpeech.pickTwo(conversation);
    }
    return comparisons.compare(conversation.locale(), chosen.productIds())
        .map(comparison -> {
          conversation.session().put(COMPARED, List.copyOf(chosen.productIds()));
          return CompareSpeech.compared(conversation, comparison);
        })
        .orElseGet(() -> CompareSpeech.needTwo(conversation));
  }

  /**
   * The products the last answer compared, when the last answer was a comparison: "compare the first and the
   * second", then "ask my friends which one" asks about those two, not the whole page.
   */
  public static Optional<List<String>> justCompared(Conversation conversation) {
    if (!LastResponseInterceptor.lastTurn(conversation).filter("CompareIntent"::equals).isPresent()
        || !(conversation.session().get(COMPARED) instanceof List<?> ids) || ids.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(ids.stream().map(String::valueOf).toList());
  }
}
