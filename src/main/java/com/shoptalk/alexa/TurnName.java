package com.shoptalk.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.RequestEnvelope;
import java.util.Map;
import java.util.Set;

/**
 * What a request asks for, in one word: the intent's name ({@code ReadWishListIntent}); for a yes
 * or no, the question it answers ({@code createQuestion.yes}); else the request's type
 * ({@code LaunchRequest}). The error handler words a store failure by it, and the request log names
 * the request by it. As an interceptor it notes the name before any handler changes the session.
 */
public final class TurnName implements RequestInterceptor {
  private static final String ATTRIBUTE = "turnName";
  private static final Set<String> YES_NO = Set.of("AMAZON.YesIntent", "AMAZON.NoIntent");

  @Override
  public void process(HandlerInput input) {
    input.getAttributesManager().getRequestAttributes().put(ATTRIBUTE, of(input.getRequestEnvelope()));
  }

  /** The name noted for this request (by the interceptor), else read from the request as it is now. */
  static String of(HandlerInput input) {
    Object noted = input.getAttributesManager().getRequestAttributes().get(ATTRIBUTE);
    return noted != null ? noted.toString() : of(input.getRequestEnvelope());
  }

  /** The name of a request as it arrived. */
  public static String of(RequestEnvelope envelope) {
    var request = envelope.getRequest();
    if (request instanceof IntentRequest intentRequest && intentRequest.getIntent() != null
        && intentRequest.getIntent().getName() != null) {
      String intent = intentRequest.getIntent().getName();
      Object pending = sessionAttributes(envelope).get(Conversation.PENDING);
      if (YES_NO.contains(intent) && pending != null) {
        return pending + (intent.equals("AMAZON.YesIntent") ? ".yes" : ".no");
      }
      return intent;
    }
    return request == null || request.getType() == null ? "unknown" : request.getType();
  }

  private static Map<String, Object> sessionAttributes(RequestEnvelope envelope) {
    return envelope.getSession() == null || envelope.getSession().getAttributes() == null
        ? Map.of() : envelope.getSession().getAttributes();
  }
}
