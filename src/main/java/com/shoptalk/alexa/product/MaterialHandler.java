package com.shoptalk.alexa.product;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Selection;
import com.shoptalk.catalog.Product;
import com.shoptalk.product.ColorAnswer;
import com.shoptalk.product.ProductQuestions;
import java.util.Optional;

/**
 * "What is it made of", "is it real leather": the materials and finish the feed names (yes or no first when a material
 * was asked about), or that it names none.
 */
public final class MaterialHandler extends AboutProductHandler {
  private final ProductQuestions questions;

  public MaterialHandler(Selection selection, ProductQuestions questions) {
    super("MaterialIntent", selection);
    this.questions = questions;
  }

  @Override
  Optional<Response> answer(Conversation conversation, Product product) {
    Optional<String> asked = conversation.slot("material");
    if (asked.isPresent() && !conversation.isResolved("material")) {
      // "is it red" fits "is it {material}" only by its shape: a colour the product comes in is answered as one
      ColorAnswer colors = questions.colors(product, asked, conversation.locale());
      if (!colors.matching().isEmpty()) {
        return FactsSpeech.colors(conversation, product, colors);
      }
    }
    return FactsSpeech.material(conversation, product, questions.material(product, asked, conversation.locale()));
  }
}
