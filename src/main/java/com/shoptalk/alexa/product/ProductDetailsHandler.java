package com.shoptalk.alexa.product;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Selection;
import com.shoptalk.catalog.Product;
import com.shoptalk.product.ProductQuestions;
import java.util.Optional;

/** "Tell me more (about the second one)": price, colours, highlights and rating of a product. */
public final class ProductDetailsHandler extends AboutProductHandler {
  private final ProductQuestions questions;

  public ProductDetailsHandler(Selection selection, ProductQuestions questions) {
    super("ProductDetailsIntent", selection);
    this.questions = questions;
  }

  @Override
  Optional<Response> answer(Conversation conversation, Product product) {
    return FactsSpeech.details(conversation, product, questions.highlights(product));
  }
}
