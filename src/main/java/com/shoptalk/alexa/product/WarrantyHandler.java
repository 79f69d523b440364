package com.shoptalk.alexa.product;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.PendingChoice;
import com.shoptalk.alexa.Selection;
import com.shoptalk.catalog.Product;
import com.shoptalk.catalog.ProductFacts;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * "Is there a warranty", "kann ich das zurückgeben": what the feed's highlights or details say about a warranty or
 * returns, or plainly that the shop doesn't say. Asked without meaning a product ("can I return things"), what
 * ShopTalk can say about returns at all, and which product to ask about.
 */
public final class WarrantyHandler extends AboutProductHandler {
  private static final Pattern TERMS = Pattern.compile(
      "(?iu)warrant|guarantee|return|garantie|gewährleistung|rückgabe|umtausch");

  public WarrantyHandler(Selection selection) {
    super("WarrantyIntent", selection);
  }

  @Override
  Optional<Response> answer(Conversation conversation, Product product) {
    ProductFacts facts = product.facts();
    Optional<String> said = Stream.concat(facts.highlights().stream(),
            facts.details().stream().map(d -> d.attribute() + ": " + d.value()))
        .filter(text -> TERMS.matcher(text).find())
        .findFirst();
    return FactsSpeech.answer(conversation, said
        .map(text -> conversation.ssml("warranty.known", "name", product.spokenName(), "text", text))
        .orElseGet(() -> conversation.ssml("warranty.unknown", "name", product.spokenName())));
  }

  @Override
  Optional<Response> nothingChosen(Conversation conversation) {
    if (conversation.slot("ordinal").isPresent() || conversation.slot("number").isPresent()
        || conversation.slot("itemName").isPresent()) {
      return super.nothingChosen(conversation);
    }
    if (Listing.of(conversation).filter(listing -> listing.size() > 0).isEmpty()) {
      return conversation.askWithDefaultReprompt(conversation.ssml("warranty.general"));
    }
    // "the second one" then answers this question about that product
    PendingChoice.ask(conversation);
    return conversation.askWithDefaultReprompt(conversation.ssml("warranty.general.pick"));
  }
}
