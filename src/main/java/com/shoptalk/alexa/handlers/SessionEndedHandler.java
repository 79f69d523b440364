package com.shoptalk.alexa.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.SessionEndedRequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedRequest;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The session ended (the user left, or an error): nothing may be spoken, so the answer is empty. */
public final class SessionEndedHandler implements SessionEndedRequestHandler {
  private static final Logger LOG = LoggerFactory.getLogger(SessionEndedHandler.class);

  @Override
  public boolean canHandle(HandlerInput input, SessionEndedRequest request) {
    return true;
  }

  @Override
  public Optional<Response> handle(HandlerInput input, SessionEndedRequest request) {
    if (request.getError() != null) {
      LOG.warn("session ended with error {}: {}", request.getError().getType(), request.getError().getMessage());
    }
    return input.getResponseBuilder().build();
  }
}
