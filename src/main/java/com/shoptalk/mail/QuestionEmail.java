package com.shoptalk.mail;

import com.shoptalk.text.Templates;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The e-mail a shopper gets after asking friends: the question, its link, and one-tap links that
 * share it through WhatsApp, Telegram, a text message or e-mail. {@link ListEmail} is the same
 * e-mail for a shared wish list, with its own texts.
 */
public final class QuestionEmail {
  private static final Templates TEMPLATES = new Templates();
  private static final int SUBJECT_QUESTION_LENGTH = 60;

  private QuestionEmail() {}

  /** One way to pass the link on: a button label and where it goes. */
  record ShareLink(String label, String href) {}

  /**
   * Composes the e-mail in the shopper's language (en-US or de-DE; any other locale gets en-US).
   *
   * @param to the shopper's address, from the Alexa e-mail permission
   * @param givenName the shopper's given name, or {@code null} without that permission
   * @param questionText the question as confirmed by voice
   * @param link the friends' page, {@code <public base URL>/q/<token>}
   * @throws IllegalArgumentException for a blank question, a link that is not http(s), or an
   *     implausible address
   */
  public static Email compose(String to, String givenName, String questionText, String link, Locale locale) {
    return compose(Kind.QUESTION, to, givenName, questionText, link, locale);
  }

  /**
   * Which e-mail: its texts are {@code <prefix>.subject}, {@code .intro}, {@code .label},
   * {@code .open}, {@code .share}, {@code .share.text}, {@code .share.subject}, {@code .verdict} and
   * {@code .footer}, with the thing shared in the placeholder {@code {<placeholder>}}.
   */
  enum Kind {
    QUESTION("mail.question", "question"),
    LIST("mail.list", "list");

    final String prefix;
    final String placeholder;

    Kind(String prefix, String placeholder) {
      this.prefix = prefix;
      this.placeholder = placeholder;
    }
  }

  static Email compose(Kind kind, String to, String givenName, String sharedText, String link, Locale locale) {
    if (sharedText == null || sharedText.isBlank()) {
      throw new IllegalArgumentException(kind.placeholder + " text must not be blank");
    }
    if (link == null || !(link.startsWith("https://") || link.startsWith("http://"))) {
      throw new IllegalArgumentException("the " + kind.placeholder + " link must be an http(s) URL");
    }
    MailTexts texts = MailTexts.of(locale == null ? Locale.US : locale);
    String question = sharedText.strip().replaceAll("\\s+", " ");
    String name = givenName == null || givenName.isBlank() ? null : givenName.strip();

    String subject = texts.text(kind.prefix + ".subject", kind.placeholder, shorten(question));
    String greeting = name == null
        ? texts.text("mail.question.greeting")
        : texts.text("mail.question.greeting.named", "name", name);
    List<ShareLink> shares = shareLinks(kind, texts, question, link);

    return new Email(to, subject, text(kind, texts, greeting, question, link, shares),
        html(kind, texts, subject, greeting, question, link, shares), texts.locale());
  }

  /** The one-tap share links, each carrying the invitation text and the link, URL-encoded. */
  static List<ShareLink> shareLinks(Kind kind, MailTexts texts, String question, String link) {
    String message = texts.text(kind.prefix + ".share.text", kind.placeholder, question);
    String messageWithLink = message + " " + link;
    return List.of(
        new ShareLink(texts.text("mail.question.share.whatsapp"),
            "https://wa.me/?text=" + encode(messageWithLink)),
        new ShareLink(texts.text("mail.question.share.telegram"),
            "https://t.me/share/url?url=" + encode(link) + "&text=" + encode(message)),
        // "sms:?&body=" is the form both iOS and Android read.
        new ShareLink(texts.text("mail.question.share.sms"),
            "sms:?&body=" + encode(messageWithLink)),
        new ShareLink(texts.text("mail.question.share.email"),
            "mailto:?subject=" + encode(texts.text(kind.prefix + ".share.subject", kind.placeholder, question))
                + "&body=" + encode(message + "\r\n\r\n" + link)));
  }

  /**
   * Percent-encodes for a URI query (RFC 3986): spaces become {@code %20}, not {@code +}, which
   * {@code mailto:} and {@code sms:} would show literally.
   */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }

  private static String shorten(String question) {
    if (question.codePointCount(0, question.length()) <= SUBJECT_QUESTION_LENGTH) {
      return question;
    }
    int end = question.offsetByCodePoints(0, SUBJECT_QUESTION_LENGTH - 1);
    return question.substring(0, end).stripTrailing() + "…";
  }

  private static String text(Kind kind, MailTexts texts, String greeting, String question, String link,
      List<ShareLink> shares) {
    var text = new StringBuilder()
        .append(greeting).append("\n\n")
        .append(texts.text(kind.prefix + ".intro")).append("\n\n")
        .append(texts.text(kind.prefix + ".label")).append(":\n")
        .append(question).append("\n\n")
        .append(link).append("\n\n")
        .append(texts.text(kind.prefix + ".share")).append(":\n");
    for (ShareLink share : shares) {
      text.append(share.label()).append(": ").append(share.href()).append('\n');
    }
    return text.append('\n')
        .append(texts.text(kind.prefix + ".verdict")).append("\n\n")
        .append("-- \n")
        .append(texts.text(kind.prefix + ".footer")).append('\n')
        .toString();
  }

  private static String html(Kind kind, MailTexts texts, String subject, String greeting, String question, String link,
      List<ShareLink> shares) {
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("lang", texts.locale().toLanguageTag());
    scope.put("subject", subject);
    scope.put("greeting", greeting);
    scope.put("intro", texts.text(kind.prefix + ".intro"));
    scope.put("questionLabel", texts.text(kind.prefix + ".label"));
    scope.put("question", question);
    scope.put("link", link);
    scope.put("openLabel", texts.text(kind.prefix + ".open"));
    scope.put("shareLabel", texts.text(kind.prefix + ".share"));
    var shareScopes = new ArrayList<Map<String, String>>();
    for (ShareLink share : shares) {
      shareScopes.add(Map.of("label", share.label(), "href", share.href()));
    }
    scope.put("shares", shareScopes);
    scope.put("verdict", texts.text(kind.prefix + ".verdict"));
    scope.put("footer", texts.text(kind.prefix + ".footer"));
    return TEMPLATES.render("mail-question", scope);
  }
}
