package com.shoptalk.alexa.buying;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.ShopperProfile;
import com.shoptalk.buying.BuyService;
import com.shoptalk.buying.Buying;
import com.shoptalk.catalog.Product;
import java.util.Optional;

/** Hands a product to the shop ({@link BuyService}) and says where the link is ({@link BuySpeech}). */
public final class BuyAnswers {
  private final BuyService buying;

  public BuyAnswers(BuyService buying) {
    this.buying = buying;
  }

  /** Sends the shopper the link to buy a product: card, e-mail with permission, and a sentence saying where. */
  public Optional<Response> buy(Conversation conversation, Product product) {
    var input = conversation.input();
    return BuySpeech.handedOff(conversation, buying.handOver(new Buying(product, conversation.locale(),
        ShopperProfile.email(input), ShopperProfile.givenName(input))));
  }
}
