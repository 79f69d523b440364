package com.shoptalk.alexa.product;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Selection;
import com.shoptalk.catalog.Product;
import com.shoptalk.product.ProductQuestions;
import java.util.Optional;

/** "What colours does it come in", "does it come in blue": the colours of this product's variants, never a new search. */
public final class ColorsHandler extends AboutProductHandler {
  private final ProductQuestions questions;

  public ColorsHandler(Selection selection, ProductQuestions questions) {
    super("ColorsIntent", selection);
    this.questions = questions;
  }

  @Override
  Optional<Response> answer(Conversation conversation, Product product) {
    return FactsSpeech.colors(conversation, product,
        questions.colors(product, conversation.slot("color"), conversation.locale()));
  }
}
