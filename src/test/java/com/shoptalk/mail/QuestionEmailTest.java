package com.shoptalk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QuestionEmailTest {
  private static final Locale ENGLISH = Locale.forLanguageTag("en-US");
  private static final Locale GERMAN = Locale.forLanguageTag("de-DE");
  private static final String LINK = "https://abc123.execute-api.eu-west-1.amazonaws.com/q/Zk3_x-9QpL0aVb7nR2tYwA";

  private static MimeMessage sent(Email email) {
    return Parsed.message(MimeMessages.toBytes(email, "ShopTalk <noreply@shoptalk.example>"));
  }

  @Test
  void english_mail_carries_question_and_link_in_both_parts() throws Exception {
    MimeMessage message = sent(QuestionEmail.compose("ana@example.com", "Ana", "Should I buy the Oslo lounge chair?", LINK, ENGLISH));

    assertEquals("Share your question: Should I buy the Oslo lounge chair?", message.getSubject());
    String text = Parsed.text(message, "text/plain");
    String html = Parsed.text(message, "text/html");
    assertTrue(text.startsWith("Hi Ana,"), text);
    assertTrue(text.contains("Should I buy the Oslo lounge chair?"));
    assertTrue(text.contains("\r\n" + LINK + "\r\n"), text);
    assertTrue(html.contains("<html lang=\"en-US\">"));
    assertTrue(html.contains("Should I buy the Oslo lounge chair?"));
    assertTrue(hrefs(html).contains(LINK));
  }

  @Test
  void german_mail_keeps_umlauts_in_subject_and_bodies() throws Exception {
    MimeMessage message = sent(QuestionEmail.compose("joerg@example.de", "Jörg", "Soll ich den Sessel „Göteborg“ für 249 € kaufen?", LINK, GERMAN));

    assertEquals("Teile deine Frage: Soll ich den Sessel „Göteborg“ für 249 € kaufen?", message.getSubject());
    assertEquals("de-DE", message.getHeader("Content-Language")[0]);
    String text = Parsed.text(message, "text/plain");
    String html = Parsed.text(message, "text/html");
    assertTrue(text.startsWith("Hallo Jörg,"), text);
    assertTrue(text.contains("Soll ich den Sessel „Göteborg“ für 249 € kaufen?"));
    assertTrue(text.contains(LINK));
    assertTrue(html.contains("<html lang=\"de-DE\">"));
    assertTrue(html.contains("Hallo Jörg,"));
    assertTrue(html.contains("Frage öffnen"));
    assertTrue(hrefs(html).contains(LINK));
  }

  @Test
  void greets_without_a_name_when_there_is_none() throws Exception {
    assertTrue(QuestionEmail.compose("ana@example.com", null, "Which one?", LINK, ENGLISH).textBody().startsWith("Hi,\n"));
    assertTrue(QuestionEmail.compose("ana@example.com", " ", "Welcher?", LINK, GERMAN).textBody().startsWith("Hallo,\n"));
  }

  @Test
  void share_links_carry_the_invitation_and_the_link_encoded() throws Exception {
    String question = "Soll ich die Schuhe für 49,99 € & 2 Paar Socken kaufen? #sale 100%";
    MimeMessage message = sent(QuestionEmail.compose("ana@example.com", null, question, LINK, GERMAN));
    String invitation = "Kannst du mir bei der Entscheidung helfen? " + question;
    Map<String, String> links = shareLinks(Parsed.text(message, "text/plain"));

    assertEquals(invitation + " " + LINK, query(links.get("WhatsApp"), "https://wa.me/").get("text"));
    var telegram = query(links.get("Telegram"), "https://t.me/share/url");
    assertEquals(LINK, telegram.get("url"));
    assertEquals(invitation, telegram.get("text"));
    assertEquals(invitation + " " + LINK, query(links.get("SMS"), "sms:").get("body"));
    var mail = query(links.get("E-Mail"), "mailto:");
    assertEquals("Dein Rat, bitte: " + question, mail.get("subject"));
    assertEquals(invitation + "\r\n\r\n" + LINK, mail.get("body"));
    for (String href : links.values()) {
      assertFalse(href.contains(" ") || href.contains("+") || href.contains("€"), href);
    }
  }

  @Test
  void html_share_buttons_match_the_text_links() throws Exception {
    MimeMessage message = sent(QuestionEmail.compose("ana@example.com", null, "Red or blue? \"Both\" & more", LINK, ENGLISH));

    List<String> hrefs = hrefs(Parsed.text(message, "text/html"));

    assertTrue(hrefs.containsAll(shareLinks(Parsed.text(message, "text/plain")).values()), hrefs.toString());
  }

  @Test
  void hostile_question_is_escaped_in_the_html_part() throws Exception {
    String hostile = "<script>alert('x')</script> \"quoted\" <img src=x onerror=alert(1)>";
    MimeMessage message = sent(QuestionEmail.compose("ana@example.com", "<b>Eve</b>", hostile, LINK, ENGLISH));
    String html = Parsed.text(message, "text/html");

    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("<b>"), html);
    assertTrue(html.contains("&lt;script&gt;"), html);
    assertFalse(html.contains("\"quoted\""), html);
    // Subject and text part are plain text: there the question stays as the shopper said it.
    assertTrue(message.getSubject().startsWith("Share your question: <script>alert('x')"), message.getSubject());
    assertTrue(Parsed.text(message, "text/plain").contains(hostile));
  }

  @Test
  void long_questions_are_shortened_in_the_subject_only() {
    String question = "Which of these four lounge chairs should I buy for the living room, the grey, the green, the blue or the red one?";

    Email email = QuestionEmail.compose("ana@example.com", null, question, LINK, ENGLISH);

    assertTrue(email.subject().endsWith("…"), email.subject());
    assertTrue(email.subject().length() <= "Share your question: ".length() + 60, email.subject());
    assertTrue(email.textBody().contains(question));
  }

  @Test
  void refuses_a_link_that_is_not_http() {
    assertThrows(IllegalArgumentException.class,
        () -> QuestionEmail.compose("ana@example.com", null, "Which one?", "javascript:alert(1)", ENGLISH));
    assertThrows(IllegalArgumentException.class,
        () -> QuestionEmail.compose("ana@example.com", null, " ", LINK, ENGLISH));
  }

  /** The "label: href" lines of the text part. */
  private static Map<String, String> shareLinks(String text) {
    var links = new LinkedHashMap<String, String>();
    Matcher line = Pattern.compile("(?m)^([^:\\r\\n]+): ((?:https://wa\\.me|https://t\\.me|sms:|mailto:)\\S*)\\r?$").matcher(text);
    while (line.find()) {
      links.put(line.group(1).equals("Text message") ? "SMS" : line.group(1), line.group(2));
    }
    assertEquals(4, links.size(), text);
    return links;
  }

  /** The query parameters of a share link, decoded as a browser or phone would decode them. */
  private static Map<String, String> query(String href, String expectedStart) {
    assertTrue(href.startsWith(expectedStart), href);
    String query = href.substring(href.indexOf('?') + 1);
    var params = new LinkedHashMap<String, String>();
    for (String pair : query.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      // Percent-decoding only: in mailto: and sms: a "+" is a plus, so none may stand for a space.
      params.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1).replace("+", "%2B"), StandardCharsets.UTF_8));
    }
    return params;
  }

  private static List<String> hrefs(String html) {
    return ReadableQuestionEmail.hrefs(html);
  }
}
