package com.shoptalk.alexa.product;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Selection;
import com.shoptalk.catalog.Product;
import com.shoptalk.product.ProductQuestions;
import java.util.Optional;

/** "How big is it", "what sizes does it come in": the sizes and measurements the feed gives. */
public final class SizeHandler extends AboutProductHandler {
  private final ProductQuestions questions;

  public SizeHandler(Selection selection, ProductQuestions questions) {
    super("SizeIntent", selection);
    this.questions = questions;
  }

  @Override
  Optional<Response> answer(Conversation conversation, Product product) {
    return FactsSpeech.size(conversation, product, questions.size(product));
  }
}
