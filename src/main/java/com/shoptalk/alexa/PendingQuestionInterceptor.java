package com.shoptalk.alexa;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.model.IntentRequest;
import java.util.Set;

/**
 * Forgets a yes/no question the shopper moved on from: after "delete my question?" and then "find a
 * lamp", a later "yes" must not delete anything. Only answers (yes, no, cancel) and requests that
 * keep the question alive (repeat, fallback) leave it open. A "which one?" ({@link PendingChoice}) stays
 * open only for its answer ("the second one"), "never mind", repeat and what was not understood.
 */
public final class PendingQuestionInterceptor implements RequestInterceptor {
  private static final Set<String> KEEP = Set.of(
      "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.CancelIntent", "AMAZON.RepeatIntent", "AMAZON.FallbackIntent",
      "ChooseSeveralIntent");
  /** What leaves a "which one?" open: the answer itself, "never mind" (which drops it), repeat, not understood. */
  private static final Set<String> KEEP_CHOICE = Set.of(
      "SelectItemIntent", "AlsoIntent", "AMAZON.CancelIntent", "AMAZON.RepeatIntent", "AMAZON.FallbackIntent");

  private final Set<String> productActions;

  /** {@code productActions}: the intents that do something with a product, remembered for "and the second one too". */
  public PendingQuestionInterceptor(Set<String> productActions) {
    this.productActions = Set.copyOf(productActions);
  }

  @Override
  public void process(HandlerInput input) {
    if (!(input.getRequestEnvelope().getRequest() instanceof IntentRequest request) || request.getIntent() == null
        || input.getRequestEnvelope().getSession() == null) {
      return;
    }
    var session = input.getAttributesManager().getSessionAttributes();
    if (!KEEP.contains(request.getIntent().getName())) {
      session.remove(Conversation.PENDING);
    }
    if (!KEEP_CHOICE.contains(request.getIntent().getName())) {
      session.remove(PendingChoice.ATTRIBUTE);
    }
    if (productActions.contains(request.getIntent().getName())) {
      PendingChoice.done(new Conversation(input));
    }
  }
}
