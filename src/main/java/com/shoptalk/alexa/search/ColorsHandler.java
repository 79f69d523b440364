package com.shoptalk.alexa.search;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.ProductSpeech;
import com.shoptalk.alexa.Shopping;
import java.util.Optional;

/** "What colours does it come in": the colours of the product in focus. */
public final class ColorsHandler implements IntentRequestHandler {
  private final Shopping shopping;

  public ColorsHandler(Shopping shopping) {
    this.shopping = shopping;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("ColorsIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    return shopping.chosen(conversation).map(product -> {
      String speech = switch (product.colors().size()) {
        case 0 -> conversation.ssml("colors.none", "name", product.spokenName());
        case 1 -> conversation.ssml("colors.one", "name", product.spokenName(), "color", product.colors().get(0));
        default -> conversation.ssml("colors.many", "name", product.spokenName(),
            "colors", ProductSpeech.join(product.colors(), conversation));
      };
      return conversation.ask(speech, conversation.ssml("product.reprompt")).build();
    }).orElseGet(() -> shopping.noProductChosen(conversation));
  }
}
