package com.shoptalk.alexa.buying;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.PendingAction;
import com.shoptalk.alexa.Selection;
import java.util.Optional;

/** "It's in stock. Should I send you the link to buy it?" — yes hands the product in focus to the shop. */
public final class BuyOfferAction implements PendingAction {
  /** The pending question's name; {@link #offer} sets it. */
  static final String NAME = "buyOffer";
  private final Selection selection;
  private final BuyAnswers answers;

  public BuyOfferAction(Selection selection, BuyAnswers answers) {
    this.selection = selection;
    this.answers = answers;
  }

  /** Makes the next yes send the link to the product in focus. */
  public static void offer(Conversation conversation) {
    conversation.pending(NAME);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Response> yes(Conversation conversation) {
    return selection.focus(conversation)
        .map(product -> answers.buy(conversation, product))
        .orElseGet(() -> BuySpeech.nothingChosen(conversation));
  }

  @Override
  public Optional<Response> no(Conversation conversation) {
    return conversation.ask(conversation.ssml("stock.offer.no"), conversation.ssml("facts.reprompt")).build();
  }
}
