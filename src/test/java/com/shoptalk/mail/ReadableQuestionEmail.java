package com.shoptalk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.testing.Expect;
import jakarta.mail.Multipart;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a shopper's mail program shows of the question e-mail, checked part by part. */
final class ReadableQuestionEmail {
  private static final Pattern HREF = Pattern.compile("href=\"([^\"]*)\"");
  /** How each one-tap share link starts: WhatsApp, Telegram, a text message, e-mail. */
  private static final List<String> SHARES = List.of("https://wa.me/?text=", "https://t.me/share/url?url=", "sms:?&body=", "mailto:?subject=");

  private ReadableQuestionEmail() {}

  /**
   * Asserts a multipart/alternative message (text, then HTML, both UTF-8) in the locale's language
   * with the question link in both parts and the four share links, each carrying the link.
   */
  static void assertReadable(MimeMessage message, String locale, String link) throws Exception {
    assertTrue(message.isMimeType("multipart/alternative"), message.getContentType());
    var parts = (Multipart) message.getContent();
    assertEquals(2, parts.getCount());
    assertTrue(parts.getBodyPart(0).isMimeType("text/plain"), parts.getBodyPart(0).getContentType());
    assertTrue(parts.getBodyPart(1).isMimeType("text/html"), parts.getBodyPart(1).getContentType());
    for (int i = 0; i < 2; i++) {
      String charset = new ContentType(parts.getBodyPart(i).getContentType()).getParameter("charset");
      assertEquals("utf-8", charset.toLowerCase(Locale.ROOT));
    }
    assertEquals(locale, message.getHeader("Content-Language")[0]);
    Expect.startsWith(locale.equals("de-DE") ? "Teile deine Frage: " : "Share your question: ", message.getSubject());

    String text = (String) parts.getBodyPart(0).getContent();
    String html = (String) parts.getBodyPart(1).getContent();
    Expect.contains(locale.equals("de-DE") ? "Mit einem Tipp teilen" : "Share it in one tap", text);
    Expect.contains(locale.equals("de-DE") ? "Frage öffnen" : "Open the question", html);
    Expect.contains(link, text);
    List<String> hrefs = hrefs(html);
    assertTrue(hrefs.contains(link), hrefs.toString());
    for (String share : SHARES) {
      String href = hrefs.stream().filter(h -> h.startsWith(share)).findFirst()
          .orElseThrow(() -> new AssertionError("no share link " + share + " in " + hrefs));
      Expect.contains(link, URLDecoder.decode(href.replace("+", "%2B"), StandardCharsets.UTF_8));
      Expect.contains(href, text);
    }
  }

  /** The href attributes of an HTML part, with the HTML character references resolved. */
  static List<String> hrefs(String html) {
    return HREF.matcher(html).results().map(m -> unescapeHtml(m.group(1))).toList();
  }

  private static String unescapeHtml(String value) {
    Matcher reference = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|quot|lt|gt|apos);").matcher(value);
    var out = new StringBuilder();
    while (reference.find()) {
      String name = reference.group(1);
      String resolved = switch (name) {
        case "amp" -> "&";
        case "quot" -> "\"";
        case "lt" -> "<";
        case "gt" -> ">";
        case "apos" -> "'";
        default -> Character.toString(name.startsWith("#x")
            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1)));
      };
      reference.appendReplacement(out, Matcher.quoteReplacement(resolved));
    }
    return reference.appendTail(out).toString();
  }
}
