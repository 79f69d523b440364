package com.shoptalk.alexa.buying;

import com.amazon.ask.model.Response;
import com.amazon.ask.model.ui.Image;
import com.amazon.ask.model.ui.StandardCard;
import com.amazon.ask.response.ResponseBuilder;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.PendingChoice;
import com.shoptalk.alexa.ProductSpeech;
import com.shoptalk.alexa.Selection;
import com.shoptalk.buying.HandOff;
import com.shoptalk.catalog.Product;
import java.util.Optional;

/** "Buy it" in words: where the link is, the card that holds it, and which product when that is unclear. */
final class BuySpeech {
  private BuySpeech() {}

  static Optional<Response> handedOff(Conversation conversation, HandOff handOff) {
    Product product = handOff.product();
    String name = product.spokenName();
    String said = switch (handOff.delivery()) {
      case EMAILED -> conversation.ssml("buy.emailed", "name", name);
      case CARD -> conversation.ssml("buy.card", "name", name);
      case EMAIL_FAILED -> conversation.ssml("buy.emailFailed", "name", name);
      case NO_LINK -> conversation.ssml("buy.noLink", "name", name);
    };
    ResponseBuilder response = conversation.ask(said + " " + conversation.ssml("buy.next"),
        conversation.ssml("reprompt.default"));
    handOff.link().ifPresent(link -> card(response, conversation, product, link));
    return response.build();
  }

  /** The card in the Alexa app: the product, its price and the link to buy it. */
  private static void card(ResponseBuilder response, Conversation conversation, Product product, String link) {
    String text = ProductSpeech.priceOf(product, conversation) + "\n" + link + "\n" + conversation.text("buy.card.hint");
    if (product.imageLink().startsWith("https://")) {
      response.withCard(StandardCard.builder().withTitle(product.title()).withText(text)
          .withImage(Image.builder().withSmallImageUrl(product.imageLink()).withLargeImageUrl(product.imageLink()).build())
          .build());
    } else {
      response.withSimpleCard(product.title(), text);
    }
  }

  /**
   * When no product is meant: "which one?" among several results (a bare "the first one" would only select, so the
   * shopper hears "buy the first one"), else what to do first.
   */
  static Optional<Response> nothingChosen(Conversation conversation) {
    Optional<Listing> listing = Listing.of(conversation);
    if (listing.isPresent() && listing.get().size() > 1 && Selection.position(conversation).isEmpty()) {
      String which = conversation.ssml("buy.which");
      PendingChoice.ask(conversation);
      return conversation.ask(which, which).build();
    }
    if (listing.isPresent()) {
      return Selection.noProductChosen(conversation);
    }
    return conversation.ask(conversation.ssml("buy.nothing"), conversation.ssml("search.ask")).build();
  }
}
