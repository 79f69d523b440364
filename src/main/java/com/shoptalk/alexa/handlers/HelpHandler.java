package com.shoptalk.alexa.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import java.util.Optional;

/** "Help": what ShopTalk can do, with examples to say. */
public final class HelpHandler implements IntentRequestHandler {
  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("AMAZON.HelpIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    conversation.pending(null);
    return conversation.ask(conversation.ssml("help.speech"), conversation.ssml("help.reprompt"))
        .withSimpleCard(conversation.text("help.card.title"), conversation.text("help.card.text"))
        .build();
  }
}
