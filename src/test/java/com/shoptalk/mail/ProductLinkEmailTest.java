package com.shoptalk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The e-mail with a product's shop link, as a mail client reads it. */
class ProductLinkEmailTest {
  private static final String LINK = "https://shop.example/p/abigail-lounge-chair?utm_source=shoptalk&a=1";

  private static MimeMessage sent(Email email) {
    return Parsed.message(MimeMessages.toBytes(email, "ShopTalk <noreply@shoptalk.example>"));
  }

  @Test
  void english_mail_has_product_price_and_link_in_text_and_html() throws Exception {
    MimeMessage message = sent(ProductLinkEmail.compose("ana@example.com", "Ana", "Abigail Lounge Chair", "$700", LINK,
        Locale.forLanguageTag("en-US")));

    assertEquals("Your link: Abigail Lounge Chair", message.getSubject());
    String text = Parsed.text(message, "text/plain");
    String html = Parsed.text(message, "text/html");
    assertTrue(text.startsWith("Hi Ana,"), text);
    assertTrue(text.contains("Abigail Lounge Chair\r\n$700"), text);
    assertTrue(text.contains("\r\n" + LINK + "\r\n"), text);
    assertTrue(text.contains("ShopTalk takes no payment"), text);
    assertTrue(html.contains("<html lang=\"en-US\">"), html);
    assertTrue(html.replace("&#61;", "=").replace("&amp;", "&").contains("href=\"" + LINK + "\""), html);
    assertTrue(html.contains("Open in the shop"), html);
  }

  @Test
  void german_mail_keeps_umlauts_and_escapes_the_title_in_html() throws Exception {
    MimeMessage message = sent(ProductLinkEmail.compose("joerg@example.de", null, "Sessel <Göteborg>", "249 €", LINK,
        Locale.forLanguageTag("de-DE")));

    assertEquals("Dein Link: Sessel <Göteborg>", message.getSubject());
    assertEquals("de-DE", message.getHeader("Content-Language")[0]);
    String text = Parsed.text(message, "text/plain");
    String html = Parsed.text(message, "text/html");
    assertTrue(text.startsWith("Hallo,"), text);
    assertTrue(text.contains("249 €"), text);
    assertTrue(html.contains("Sessel &lt;Göteborg&gt;"), html);
    assertTrue(html.contains("Im Shop öffnen"), html);
  }

  @Test
  void a_link_that_is_not_http_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> ProductLinkEmail.compose("ana@example.com", null, "Lamp", "$20",
        "javascript:alert(1)", Locale.US));
  }
}
