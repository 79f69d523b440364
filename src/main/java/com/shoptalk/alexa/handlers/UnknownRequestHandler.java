package com.shoptalk.alexa.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.amazon.ask.model.interfaces.system.ExceptionEncounteredRequest;
import com.shoptalk.alexa.Conversation;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request type no other handler knows. Requests that allow speech get a friendly hint and the
 * conversation goes on; those that do not (System.ExceptionEncountered, Connections.Response) get an
 * empty answer. Registered last.
 */
public final class UnknownRequestHandler implements RequestHandler {
  private static final Logger LOG = LoggerFactory.getLogger(UnknownRequestHandler.class);

  @Override
  public boolean canHandle(HandlerInput input) {
    return true;
  }

  @Override
  public Optional<Response> handle(HandlerInput input) {
    var request = input.getRequestEnvelope().getRequest();
    LOG.info("request type without a handler: {}", request == null ? null : request.getType());
    if (request instanceof ExceptionEncounteredRequest failure) {
      LOG.warn("Alexa reported an error with our last response: {}",
          failure.getError() == null ? null : failure.getError().getMessage());
      return input.getResponseBuilder().build();
    }
    if (request instanceof ConnectionsResponse || input.getRequestEnvelope().getSession() == null) {
      return input.getResponseBuilder().build();
    }
    var conversation = new Conversation(input);
    return conversation.askWithDefaultReprompt(conversation.ssml("unhandled.request"));
  }
}
