package com.shoptalk.alexa.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any intent no other handler took (an intent of another skill's model, or one used out of
 * context): a friendly pointer to what works. Registered after every other intent handler.
 */
public final class UnhandledIntentHandler implements IntentRequestHandler {
  private static final Logger LOG = LoggerFactory.getLogger(UnhandledIntentHandler.class);

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return true;
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    LOG.info("no handler for intent {}", request.getIntent() == null ? null : request.getIntent().getName());
    var conversation = new Conversation(input);
    return conversation.askWithDefaultReprompt(conversation.ssml("unhandled.intent"));
  }
}
