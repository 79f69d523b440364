package com.shoptalk.alexa.product;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Selection;
import com.shoptalk.catalog.Product;
import com.shoptalk.product.ProductQuestions;
import java.util.Optional;

/** "Who makes it", "what brand is it": the brand the feed names, or that it names none. */
public final class BrandHandler extends AboutProductHandler {
  private final ProductQuestions questions;

  public BrandHandler(Selection selection, ProductQuestions questions) {
    super("BrandIntent", selection);
    this.questions = questions;
  }

  @Override
  Optional<Response> answer(Conversation conversation, Product product) {
    return FactsSpeech.brand(conversation, product, questions.brand(product));
  }
}
