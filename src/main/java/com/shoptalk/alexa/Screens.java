package com.shoptalk.alexa;

import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import com.amazon.ask.model.ui.Image;
import com.amazon.ask.model.ui.StandardCard;
import com.amazon.ask.response.ResponseBuilder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shoptalk.catalog.Product;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a screen shows, always optional: an APL document on devices that support APL (never on
 * others), and a card with image in the Alexa app.
 */
public final class Screens {
  /** Token of the list document; touches on it arrive as UserEvents with ["select", number]. */
  public static final String LIST_TOKEN = "shoptalk-list";
  public static final String DETAIL_TOKEN = "shoptalk-detail";
  private static final Map<String, Object> LIST_DOCUMENT = load("apl/product-list.json");
  private static final Map<String, Object> DETAIL_DOCUMENT = load("apl/product-detail.json");

  private Screens() {}

  /** A numbered product. */
  public record Numbered(int number, Product product) {}

  /** Shows a numbered list on a screen and as a card. */
  public static ResponseBuilder list(ResponseBuilder response, Conversation conversation, String title, List<Numbered> items) {
    var lines = new StringBuilder();
    for (Numbered item : items) {
      lines.append(item.number()).append(". ").append(item.product().title()).append(" – ")
          .append(ProductSpeech.priceOf(item.product(), conversation)).append('\n');
    }
    response.withSimpleCard(title, lines.toString().strip());
    if (conversation.hasScreen()) {
      var rows = new ArrayList<Map<String, Object>>();
      for (Numbered item : items) {
        rows.add(Map.of(
            "number", item.number(),
            "name", item.product().spokenName(),
            "price", ProductSpeech.priceOf(item.product(), conversation),
            "image", item.product().imageLink()));
      }
      response.addDirective(RenderDocumentDirective.builder()
          .withToken(LIST_TOKEN)
          .withDocument(LIST_DOCUMENT)
          .withDatasources(Map.of("list", Map.of("title", title, "items", rows)))
          .build());
    }
    return response;
  }

  /** Shows one product on a screen and as a card with its image. */
  public static ResponseBuilder product(ResponseBuilder response, Conversation conversation, Product product) {
    String price = ProductSpeech.priceOf(product, conversation);
    String colors = product.colors().isEmpty() ? "" : ProductSpeech.join(product.colors(), conversation);
    var text = new StringBuilder(price);
    if (!colors.isEmpty()) {
      text.append('\n').append(colors);
    }
    text.append('\n').append(ProductSpeech.firstSentence(product.description(), 300));
    if (!product.link().isEmpty()) {
      text.append('\n').append(product.link());
    }
    if (product.imageLink().startsWith("https://")) {
      response.withCard(StandardCard.builder()
          .withTitle(product.title())
          .withText(text.toString())
          .withImage(Image.builder().withSmallImageUrl(product.imageLink()).withLargeImageUrl(product.imageLink()).build())
          .build());
    } else {
      response.withSimpleCard(product.title(), text.toString());
    }
    if (conversation.hasScreen()) {
      var data = new LinkedHashMap<String, Object>();
      data.put("title", product.title());
      data.put("price", price);
      data.put("colors", colors);
      data.put("description", ProductSpeech.firstSentence(product.description(), 600));
      data.put("image", product.imageLink());
      response.addDirective(RenderDocumentDirective.builder()
          .withToken(DETAIL_TOKEN)
          .withDocument(DETAIL_DOCUMENT)
          .withDatasources(Map.of("product", data))
          .build());
    }
    return response;
  }

  private static Map<String, Object> load(String resource) {
    try (InputStream in = Screens.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing APL document " + resource);
      }
      return new ObjectMapper().readValue(in, new TypeReference<Map<String, Object>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
