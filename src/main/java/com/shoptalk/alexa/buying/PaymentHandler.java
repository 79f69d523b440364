package com.shoptalk.alexa.buying;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import java.util.Optional;

/**
 * "How do I pay", "kann ich mit PayPal zahlen", "do you deliver": how buying works, honestly. ShopTalk takes no
 * payments or orders and knows neither payment methods nor delivery; it sends the link to the shop's page, where the
 * shopper pays and arranges delivery.
 */
public final class PaymentHandler implements IntentRequestHandler {
  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("PaymentIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    return conversation.askWithDefaultReprompt(conversation.ssml("pay.how"));
  }
}
