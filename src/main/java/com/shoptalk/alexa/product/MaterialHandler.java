package com.shoptalk.alexa.product;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Selection;
import com.shoptalk.catalog.Product;
import com.shoptalk.product.ProductQuestions;
import java.util.Optional;

/** "What is it made of": the materials and finish the feed names, or that it names none. */
public final class MaterialHandler extends AboutProductHandler {
  private final ProductQuestions questions;

  public MaterialHandler(Selection selection, ProductQuestions questions) {
    super("MaterialIntent", selection);
    this.questions = questions;
  }

  @Override
  Optional<Response> answer(Conversation conversation, Product product) {
    return FactsSpeech.material(conversation, product, questions.material(product));
  }
}
