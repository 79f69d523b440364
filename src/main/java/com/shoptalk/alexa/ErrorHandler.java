package com.shoptalk.alexa;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place a failure becomes speech: a short apology, the session kept open, the cause logged. */
public final class ErrorHandler implements ExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

  @Override
  public boolean canHandle(HandlerInput input, Throwable throwable) {
    return true;
  }

  @Override
  public Optional<Response> handle(HandlerInput input, Throwable throwable) {
    LOG.error("request {} failed", input.getRequestEnvelope().getRequest().getType(), throwable);
    var conversation = new Conversation(input);
    if (throwable instanceof SpokenException spoken) {
      return conversation.askWithDefaultReprompt(conversation.ssml(spoken.messageKey()));
    }
    return conversation.askWithDefaultReprompt(conversation.ssml("error.general"));
  }
}
