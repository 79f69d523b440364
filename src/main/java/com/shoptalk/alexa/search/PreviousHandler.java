package com.shoptalk.alexa.search;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.Pages;
import java.util.Optional;

/** "Go back", "previous": the three results before the current ones. */
public final class PreviousHandler implements IntentRequestHandler {
  private final Pages pages;

  public PreviousHandler(Pages pages) {
    this.pages = pages;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("AMAZON.PreviousIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    Optional<Listing> listing = Listing.of(conversation);
    if (listing.isEmpty()) {
      return Pages.nothingToPage(conversation);
    }
    if (listing.get().offset() == 0) {
      return pages.read(conversation, listing.get(), conversation.ssml("page.start"));
    }
    return pages.read(conversation, listing.get().atOffset(listing.get().offset() - Listing.PAGE), "");
  }
}
