package com.shoptalk.alexa.listing;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.Pages;
import java.util.Optional;

/** "Read them again": the page of results or of the list the shopper heard last. */
public final class ReadAgainHandler implements IntentRequestHandler {
  private final Pages pages;

  public ReadAgainHandler(Pages pages) {
    this.pages = pages;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("ReadAgainIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    return Listing.of(conversation).filter(l -> l.size() > 0)
        .map(listing -> pages.read(conversation, listing, ""))
        .orElseGet(() -> ListSpeech.nothingListed(conversation));
  }
}
