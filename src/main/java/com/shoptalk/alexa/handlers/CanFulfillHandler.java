package com.shoptalk.alexa.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.canfulfill.CanFulfillIntent;
import com.amazon.ask.model.canfulfill.CanFulfillIntentRequest;
import com.amazon.ask.model.canfulfill.CanFulfillIntentValues;
import java.util.Optional;
import java.util.Set;

/**
 * Name-free discovery ("Alexa, find a yoga mat" without naming the skill): ShopTalk offers to answer
 * search intents; everything else it declines.
 */
public final class CanFulfillHandler implements RequestHandler {
  private static final Set<String> OFFERED = Set.of("SearchIntent");

  @Override
  public boolean canHandle(HandlerInput input) {
    return input.getRequestEnvelope().getRequest() instanceof CanFulfillIntentRequest;
  }

  @Override
  public Optional<Response> handle(HandlerInput input) {
    var request = (CanFulfillIntentRequest) input.getRequestEnvelope().getRequest();
    String intent = request.getIntent() == null ? "" : request.getIntent().getName();
    var answer = OFFERED.contains(intent) ? CanFulfillIntentValues.MAYBE : CanFulfillIntentValues.NO;
    return input.getResponseBuilder()
        .withCanFulfillIntent(CanFulfillIntent.builder().withCanFulfill(answer).build())
        .build();
  }
}
