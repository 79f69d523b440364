package com.shoptalk.alexa.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import java.util.Optional;

/** "Start over" and "go home": forget the conversation so far and offer a fresh start. */
public final class StartOverHandler implements IntentRequestHandler {
  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("AMAZON.StartOverIntent").or(intentName("AMAZON.NavigateHomeIntent")));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    conversation.session().clear();
    return conversation.ask(conversation.ssml("startOver.speech"), conversation.ssml("launch.reprompt")).build();
  }
}
