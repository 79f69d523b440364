package com.shoptalk.alexa.buying;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Selection;
import java.util.Optional;

/**
 * "Buy it", "order the second one", "send me the link": hands the product to the shop. No payment by voice; the
 * shopper gets the link on a card and, with their permission, by e-mail.
 */
public final class BuyHandler implements IntentRequestHandler {
  private final Selection selection;
  private final BuyAnswers answers;

  public BuyHandler(Selection selection, BuyAnswers answers) {
    this.selection = selection;
    this.answers = answers;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("BuyIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    return selection.chosen(conversation)
        .map(product -> answers.buy(conversation, product))
        .orElseGet(() -> BuySpeech.nothingChosen(conversation));
  }
}
