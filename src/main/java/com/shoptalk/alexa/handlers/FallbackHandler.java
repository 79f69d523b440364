package com.shoptalk.alexa.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import java.util.Optional;

/** Anything Alexa could not map to an intent: say what works instead of "I don't know". */
public final class FallbackHandler implements IntentRequestHandler {
  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("AMAZON.FallbackIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    return answer(new Conversation(input));
  }

  /**
   * "Sorry, I didn't get that", and what works: also for a lone slot Alexa filled with words that are no product
   * ("{itemName}" heard as "the weather on mars").
   */
  public static Optional<Response> answer(Conversation conversation) {
    String key = conversation.pending().isPresent() ? "fallback.pending" : "fallback.speech";
    return conversation.askWithDefaultReprompt(conversation.ssml(key));
  }
}
