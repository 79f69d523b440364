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

/** "More", "next": the next three of the current results or list. */
public final class NextHandler implements IntentRequestHandler {
  private final Pages pages;

  public NextHandler(Pages pages) {
    this.pages = pages;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("AMAZON.NextIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    Optional<Listing> listing = Listing.of(conversation);
    if (listing.isEmpty()) {
      return Pages.nothingToPage(conversation);
    }
    if (!listing.get().hasMore()) {
      return conversation.askWithDefaultReprompt(conversation.ssml(listing.get().size() == 1 ? "page.end.one" : "page.end", "count", listing.get().size()));
    }
    return pages.read(conversation, listing.get().atOffset(listing.get().offset() + Listing.PAGE), "");
  }
}
