package com.shoptalk.alexa.search;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Selection;
import java.util.Optional;

/** "What colours does it come in": the colours of the product in focus. */
public final class ColorsHandler implements IntentRequestHandler {
  private final Selection selection;

  public ColorsHandler(Selection selection) {
    this.selection = selection;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("ColorsIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    return selection.chosen(conversation)
        .map(chosen -> DetailsSpeech.colors(conversation, chosen))
        .orElseGet(() -> Selection.noProductChosen(conversation));
  }
}
