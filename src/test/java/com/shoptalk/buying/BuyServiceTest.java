package com.shoptalk.buying;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.catalog.Money;
import com.shoptalk.catalog.Product;
import com.shoptalk.mail.MailException;
import com.shoptalk.mail.Mailer;
import com.shoptalk.mail.OutboxMailer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Buy it" hands the product's link over: card always, e-mail with permission, honest when there is no link. */
class BuyServiceTest {
  private static final Locale EN = Locale.forLanguageTag("en-US");
  private static final Product CHAIR = product("https://shop.example/p/chair");

  @TempDir
  Path outbox;

  private static Product product(String link) {
    return new Product("chair", "Abigail Lounge Chair", null, "", link, "", Money.of("700", "USD"), null, "", null,
        List.of(), List.of(), "", "", "", List.of());
  }

  private BuyService withOutbox() {
    return new BuyService(BuyLinks.productPages(), Optional.of(new OutboxMailer(outbox, "noreply@shoptalk.example")));
  }

  private List<Path> mails() throws IOException {
    try (Stream<Path> files = Files.list(outbox)) {
      return files.filter(f -> f.toString().endsWith(".eml")).toList();
    }
  }

  @Test
  void with_the_email_permission_the_link_is_emailed() throws IOException {
    HandOff handOff = withOutbox().handOver(new Buying(CHAIR, EN, Optional.of("ana@example.com"), Optional.of("Ana")));

    assertEquals(HandOff.Delivery.EMAILED, handOff.delivery());
    assertEquals(Optional.of("https://shop.example/p/chair"), handOff.link());
    assertEquals(1, mails().size());
    assertTrue(Files.readString(mails().get(0)).contains("https://shop.example/p/chair"));
  }

  @Test
  void without_the_permission_the_link_is_only_on_the_card() throws IOException {
    HandOff handOff = withOutbox().handOver(new Buying(CHAIR, EN, Optional.empty(), Optional.empty()));

    assertEquals(HandOff.Delivery.CARD, handOff.delivery());
    assertTrue(mails().isEmpty());
  }

  @Test
  void a_product_without_a_shop_link_is_not_handed_over() throws IOException {
    HandOff handOff = withOutbox().handOver(new Buying(product("not a link"), EN, Optional.of("ana@example.com"),
        Optional.empty()));

    assertEquals(HandOff.Delivery.NO_LINK, handOff.delivery());
    assertEquals(Optional.empty(), handOff.link());
    assertTrue(mails().isEmpty());
  }

  @Test
  void a_refused_email_is_told_apart() {
    Mailer refusing = email -> {
      throw new MailException("refused", new IOException("550"));
    };
    var service = new BuyService(BuyLinks.productPages(), Optional.of(refusing));

    HandOff handOff = service.handOver(new Buying(CHAIR, EN, Optional.of("ana@example.com"), Optional.empty()));

    assertEquals(HandOff.Delivery.EMAIL_FAILED, handOff.delivery());
    assertEquals(Optional.of("https://shop.example/p/chair"), handOff.link());
  }

  @Test
  void the_link_comes_from_the_links_given() {
    BuyLinks counted = (product, locale) -> Optional.of("https://talk.example/go/b-" + product.id());
    var service = new BuyService(counted, Optional.empty());

    HandOff handOff = service.handOver(new Buying(CHAIR, EN, Optional.of("ana@example.com"), Optional.empty()));

    assertEquals(Optional.of("https://talk.example/go/b-chair"), handOff.link());
    assertEquals(HandOff.Delivery.CARD, handOff.delivery());
  }
}
