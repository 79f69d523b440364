package com.shoptalk.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MimeMessagesTest {
  private static final Locale GERMAN = Locale.forLanguageTag("de-DE");
  private static final Email EMAIL = new Email("joerg@example.de", "Größe für Jörg: Äpfel, Öl, Übermaß",
      "Hallo Jörg,\nschöne Grüße – äöüß ÄÖÜ €.", "<p>Hallo Jörg, schöne Grüße – äöüß €.</p>", GERMAN);

  private static MimeMessage parsed(Email email) {
    return Parsed.message(MimeMessages.toBytes(email, "ShopTalk <noreply@shoptalk.example>"));
  }

  @Test
  void builds_multipart_alternative_with_text_then_html() throws Exception {
    MimeMessage message = parsed(EMAIL);

    assertTrue(message.isMimeType("multipart/alternative"));
    var multipart = (jakarta.mail.Multipart) message.getContent();
    assertEquals(2, multipart.getCount());
    assertTrue(multipart.getBodyPart(0).isMimeType("text/plain"));
    assertTrue(multipart.getBodyPart(1).isMimeType("text/html"));
  }

  @Test
  void declares_utf8_on_both_parts() throws Exception {
    MimeMessage message = parsed(EMAIL);

    for (String type : new String[] {"text/plain", "text/html"}) {
      var contentType = new ContentType(Parsed.part(message, type).getContentType());
      assertEquals("utf-8", contentType.getParameter("charset").toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void umlauts_survive_in_subject_and_bodies() throws Exception {
    MimeMessage message = parsed(EMAIL);

    assertEquals(EMAIL.subject(), message.getSubject());
    assertTrue(Parsed.text(message, "text/plain").contains("schöne Grüße – äöüß ÄÖÜ €."));
    assertTrue(Parsed.text(message, "text/html").contains("<p>Hallo Jörg, schöne Grüße – äöüß €.</p>"));
  }

  @Test
  void encodes_the_subject_as_rfc2047_and_keeps_the_raw_message_ascii() {
    byte[] bytes = MimeMessages.toBytes(EMAIL, "noreply@shoptalk.example");
    String raw = new String(bytes, StandardCharsets.ISO_8859_1);

    assertTrue(raw.contains("Subject: =?UTF-8?"), raw);
    assertTrue(raw.chars().allMatch(c -> c < 128), "8-bit bytes in the raw message");
    assertTrue(raw.contains("\r\n"), "CRLF line endings");
    assertFalse(raw.replace("\r\n", "").contains("\n"), "bare LF");
  }

  @Test
  void sets_from_to_date_message_id_and_language() throws Exception {
    var clock = Clock.fixed(Instant.parse("2025-03-01T10:15:30Z"), ZoneOffset.UTC);
    MimeMessage message = Parsed.message(MimeMessages.toBytes(EMAIL, "ShopTalk <noreply@shoptalk.example>", clock));

    var from = (InternetAddress) message.getFrom()[0];
    assertEquals("noreply@shoptalk.example", from.getAddress());
    assertEquals("ShopTalk", from.getPersonal());
    assertEquals("joerg@example.de", ((InternetAddress) message.getRecipients(MimeMessage.RecipientType.TO)[0]).getAddress());
    assertEquals(Instant.parse("2025-03-01T10:15:30Z"), message.getSentDate().toInstant());
    assertTrue(message.getMessageID().matches("<[0-9a-f-]{36}@shoptalk\\.example>"), message.getMessageID());
    assertArrayEquals(new String[] {"de-DE"}, message.getHeader("Content-Language"));
    assertEquals("1.0", message.getHeader("MIME-Version")[0]);
  }

  @Test
  void gives_each_message_its_own_id() throws Exception {
    assertFalse(parsed(EMAIL).getMessageID().equals(parsed(EMAIL).getMessageID()));
  }

  @Test
  void builds_plain_text_when_there_is_no_html() throws Exception {
    var email = new Email("ana@example.com", "Hi", "Just text", null, Locale.US);

    MimeMessage message = parsed(email);

    assertTrue(message.isMimeType("text/plain"));
    assertEquals("Just text", message.getContent().toString().strip());
  }

  @Test
  void refuses_a_missing_or_broken_sender() {
    var email = new Email("ana@example.com", "Hi", "Text", null, Locale.US);

    assertThrows(MailException.class, () -> MimeMessages.toBytes(email, " "));
    assertThrows(MailException.class, () -> MimeMessages.toBytes(email, "not an address"));
  }
}
