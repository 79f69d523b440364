package com.shoptalk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The e-mail after sharing a wish list: the list's name, its link, one-tap share links, in both languages. */
class ListEmailTest {
  private static final String LINK = "https://abc123.execute-api.eu-west-1.amazonaws.com/l/Zk3_x-9QpL0aVb7nR2tYwAbc";

  private static MimeMessage sent(Email email) {
    return Parsed.message(MimeMessages.toBytes(email, "ShopTalk <noreply@shoptalk.example>"));
  }

  @Test
  void english_mail_names_the_list_and_carries_its_link() throws Exception {
    MimeMessage message = sent(ListEmail.compose("ana@example.com", "Ana", "Birthday list", LINK, Locale.US));

    assertEquals("Share your wish list: Birthday list", message.getSubject());
    String text = Parsed.text(message, "text/plain");
    assertTrue(text.startsWith("Hi Ana,"), text);
    assertTrue(text.contains("your wish list is shared"), text);
    assertTrue(text.contains("\r\n" + LINK + "\r\n"), text);
    assertTrue(text.contains("What's on my wish list?"), text);
    String html = Parsed.text(message, "text/html");
    assertTrue(html.contains(">Open the list</a>"), html);
    assertTrue(html.contains("href=\"" + LINK + "\""), html);
  }

  @Test
  void german_mail_offers_one_tap_share_links_with_the_lists_invitation() throws Exception {
    MimeMessage message = sent(ListEmail.compose("joerg@example.de", null, "Geburtstagsliste", LINK, Locale.GERMANY));

    assertEquals("Teile deine Wunschliste: Geburtstagsliste", message.getSubject());
    String text = Parsed.text(message, "text/plain");
    assertTrue(text.startsWith("Hallo,"), text);
    String whatsapp = text.lines().filter(line -> line.startsWith("WhatsApp: ")).findFirst().orElseThrow()
        .substring("WhatsApp: ".length());
    String invitation = URLDecoder.decode(URI.create(whatsapp).getRawQuery().substring("text=".length()), StandardCharsets.UTF_8);
    assertEquals("Suchst du ein Geschenk für mich? Hier ist meine Wunschliste: Geburtstagsliste " + LINK, invitation);
    assertFalse(text.contains("Frage"), "no question wording in a list e-mail");
  }
}
