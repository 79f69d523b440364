package com.shoptalk.alexa.search;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.Selection;
import com.shoptalk.search.SearchService;
import java.util.Optional;

/** A touch on a numbered product on the screen (APL UserEvent ["select", number]): like saying its number. */
public final class ScreenTouchHandler implements RequestHandler {
  private final SearchService searches;

  public ScreenTouchHandler(SearchService searches) {
    this.searches = searches;
  }

  @Override
  public boolean canHandle(HandlerInput input) {
    return input.getRequestEnvelope().getRequest() instanceof UserEvent event
        && event.getArguments() != null && event.getArguments().size() >= 2
        && "select".equals(String.valueOf(event.getArguments().get(0)));
  }

  @Override
  public Optional<Response> handle(HandlerInput input) {
    var conversation = new Conversation(input);
    var event = (UserEvent) input.getRequestEnvelope().getRequest();
    int number;
    try {
      number = (int) Double.parseDouble(String.valueOf(event.getArguments().get(1)));
    } catch (NumberFormatException notANumber) {
      return Selection.noProductChosen(conversation);
    }
    Optional<Listing> listing = Listing.of(conversation);
    Optional<String> id = listing.flatMap(l -> l.numbered(number));
    if (id.isEmpty()) {
      // A touch on a list the session no longer holds (an old screen): say which numbers exist.
      return listing.filter(l -> l.size() > 0)
          .map(l -> conversation.askWithDefaultReprompt(Selection.outOfRange(conversation, number, l.size())))
          .orElseGet(() -> Selection.noProductChosen(conversation));
    }
    listing.get().withFocus(id.get()).save(conversation);
    return searches.product(conversation.locale(), id.get())
        .map(product -> DetailsSpeech.summary(conversation, product))
        .orElseGet(() -> Selection.noProductChosen(conversation));
  }
}
