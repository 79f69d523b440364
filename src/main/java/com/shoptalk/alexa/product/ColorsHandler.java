package com.shoptalk.alexa.product;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.Selection;
import com.shoptalk.catalog.Product;
import com.shoptalk.product.Comparisons;
import com.shoptalk.product.ProductQuestions;
import java.util.Locale;
import java.util.Optional;

/**
 * "What colours does it come in", "does it come in blue": the colours of this product's variants, never a new
 * search. With no product in focus, "is there a green one" says which of the list come in green.
 */
public final class ColorsHandler extends AboutProductHandler {
  private final ProductQuestions questions;
  private final Comparisons comparisons;

  public ColorsHandler(Selection selection, ProductQuestions questions, Comparisons comparisons) {
    super("ColorsIntent", selection);
    this.questions = questions;
    this.comparisons = comparisons;
  }

  @Override
  Optional<Response> answer(Conversation conversation, Product product) {
    return FactsSpeech.colors(conversation, product,
        questions.colors(product, conversation.slot("color"), conversation.locale()));
  }

  @Override
  Optional<Response> nothingChosen(Conversation conversation) {
    Optional<String> color = conversation.slot("color").map(said -> spelled(conversation, said));
    Optional<Listing> listing = Listing.of(conversation).filter(l -> l.size() > 1);
    if (color.isEmpty() || listing.isEmpty() || Selection.position(conversation).isPresent()) {
      return super.nothingChosen(conversation);
    }
    return FactsSpeech.colorsAmong(conversation, listing.get(), color.get(),
        comparisons.inColor(conversation.locale(), listing.get().productIds(), color.get()));
  }

  /** A colour written without ß or umlauts ("weiss") as the model spells it ("weiß"); other words as said. */
  private static String spelled(Conversation conversation, String said) {
    return conversation.resolvedName("color")
        .filter(name -> !name.equals(said) && folded(name).equals(folded(said)))
        .orElse(said);
  }

  private static String folded(String word) {
    return word.toLowerCase(Locale.ROOT).replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue");
  }
}
