package com.shoptalk.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.model.IntentRequest;
import java.util.Set;

/**
 * Forgets a yes/no question the shopper moved on from: after "delete my question?" and then "find a
 * lamp", a later "yes" must not delete anything. Only answers (yes, no, cancel) and requests that
 * keep the question alive (repeat, fallback) leave it open.
 */
public final class PendingQuestionInterceptor implements RequestInterceptor {
  private static final Set<String> KEEP = Set.of(
      "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.CancelIntent", "AMAZON.RepeatIntent", "AMAZON.FallbackIntent");

  @Override
  public void process(HandlerInput input) {
    if (input.getRequestEnvelope().getRequest() instanceof IntentRequest request
        && request.getIntent() != null && !KEEP.contains(request.getIntent().getName())
        && input.getRequestEnvelope().getSession() != null) {
      input.getAttributesManager().getSessionAttributes().remove(Conversation.PENDING);
    }
  }
}
