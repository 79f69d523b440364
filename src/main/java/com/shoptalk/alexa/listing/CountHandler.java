package com.shoptalk.alexa.listing;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import java.util.Optional;

/** "How many are there": the size of the current results or list, and how far the shopper has heard. */
public final class CountHandler implements IntentRequestHandler {

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("CountIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    return Listing.of(conversation).filter(l -> l.size() > 0)
        .map(listing -> ListSpeech.count(conversation, listing))
        .orElseGet(() -> ListSpeech.nothingListed(conversation));
  }
}
