package com.shoptalk.alexa.product;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Selection;
import com.shoptalk.catalog.Product;
import com.shoptalk.product.ProductQuestions;
import java.util.Optional;

/** "Is it in stock", "is the second one available": what the feed says about stock. */
public final class AvailabilityHandler extends AboutProductHandler {
  private final ProductQuestions questions;

  public AvailabilityHandler(Selection selection, ProductQuestions questions) {
    super("AvailabilityIntent", selection);
    this.questions = questions;
  }

  @Override
  Optional<Response> answer(Conversation conversation, Product product) {
    return FactsSpeech.availability(conversation, product, questions.availability(product));
  }
}
