package com.shoptalk.alexa.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.LastResponseInterceptor;
import java.util.Optional;

/** "Say that again": the last answer, word for word. */
public final class RepeatHandler implements IntentRequestHandler {
  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("AMAZON.RepeatIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    return LastResponseInterceptor.lastSpeech(conversation)
        .map(last -> conversation.ask(last, LastResponseInterceptor.lastReprompt(conversation)
            .orElse(conversation.ssml("reprompt.default"))).build())
        .orElseGet(() -> conversation.askWithDefaultReprompt(conversation.ssml("repeat.nothing")));
  }
}
