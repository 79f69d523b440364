package com.shoptalk.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import java.util.Optional;

/**
 * Remembers every answer in the session, so "say that again" can repeat it, and what it answered, so "never mind"
 * knows what it refers to.
 */
public final class LastResponseInterceptor implements ResponseInterceptor {
  @Override
  public void process(HandlerInput input, Optional<Response> output) {
    if (output.isEmpty() || input.getRequestEnvelope().getSession() == null) {
      return;
    }
    Response response = output.get();
    if (response.getOutputSpeech() instanceof SsmlOutputSpeech speech) {
      var session = input.getAttributesManager().getSessionAttributes();
      session.put(Conversation.LAST_SPEECH, unwrap(speech.getSsml()));
      session.put(Conversation.LAST_TURN, TurnName.of(input));
      if (response.getReprompt() != null && response.getReprompt().getOutputSpeech() instanceof SsmlOutputSpeech reprompt) {
        session.put(Conversation.LAST_REPROMPT, unwrap(reprompt.getSsml()));
      }
    }
  }

  /** The last answer as an SSML fragment. */
  public static Optional<String> lastSpeech(Conversation conversation) {
    return Optional.ofNullable(conversation.session().get(Conversation.LAST_SPEECH)).map(Object::toString);
  }

  /** The name of the request the last answer in this session was to ({@link TurnName}), if any. */
  public static Optional<String> lastTurn(Conversation conversation) {
    return Optional.ofNullable(conversation.session().get(Conversation.LAST_TURN)).map(Object::toString);
  }

  /** The last reprompt as an SSML fragment. */
  public static Optional<String> lastReprompt(Conversation conversation) {
    return Optional.ofNullable(conversation.session().get(Conversation.LAST_REPROMPT)).map(Object::toString);
  }

  private static String unwrap(String ssml) {
    String s = ssml.trim();
    if (s.startsWith("<speak>") && s.endsWith("</speak>")) {
      return s.substring("<speak>".length(), s.length() - "</speak>".length());
    }
    return s;
  }
}
