package com.shoptalk.mail;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * One e-mail to one recipient, ready for a {@link Mailer}.
 *
 * @param to the recipient's bare address ({@code ana@example.com}, no display name); an
 *     internationalized domain is stored in its ASCII form ({@code xn--…})
 * @param subject one line; line breaks are folded into spaces because a header cannot hold them
 * @param textBody the text/plain part
 * @param htmlBody the text/html part, or {@code null} for a plain-text message
 * @param locale the language of the texts, sent as {@code Content-Language}
 */
public record Email(String to, String subject, String textBody, String htmlBody, Locale locale) {

  public Email {
    to = requireAddress(to);
    if (subject == null || subject.isBlank()) {
      throw new IllegalArgumentException("subject must not be blank");
    }
    subject = subject.strip().replaceAll("\\s+", " ");
    if (textBody == null || textBody.isBlank()) {
      throw new IllegalArgumentException("text body must not be blank");
    }
    if (htmlBody != null && htmlBody.isBlank()) {
      htmlBody = null;
    }
    Objects.requireNonNull(locale, "locale");
  }

  /**
   * Whether a string is a plausible bare e-mail address: RFC 822 syntax as Jakarta Mail checks it,
   * an ASCII local part and a domain with at least one dot. Non-ASCII local parts need SMTPUTF8,
   * which Amazon SES does not offer; non-ASCII domains are fine and kept in Punycode.
   */
  public static boolean isPlausibleAddress(String address) {
    String trimmed = asciiAddress(address);
    if (trimmed == null || !StandardCharsets.US_ASCII.newEncoder().canEncode(trimmed)) {
      return false;
    }
    try {
      var parsed = new InternetAddress(trimmed, true);
      parsed.validate();
      // Reject "Name <a@b>" and groups: the skill only ever has the bare address from Alexa.
      if (!trimmed.equals(parsed.getAddress()) || parsed.isGroup()) {
        return false;
      }
    } catch (AddressException e) {
      return false;
    }
    int at = trimmed.lastIndexOf('@');
    if (at <= 0) {
      return false;
    }
    String domain = trimmed.substring(at + 1);
    int dot = domain.indexOf('.');
    return dot > 0 && dot < domain.length() - 1;
  }

  private static String requireAddress(String address) {
    if (!isPlausibleAddress(address)) {
      // The address itself stays out of the message: it is personal data and messages end up in logs.
      throw new IllegalArgumentException("not a plausible e-mail address");
    }
    return asciiAddress(address);
  }

  /** The address trimmed, with an internationalized domain in Punycode; {@code null} if hopeless. */
  private static String asciiAddress(String address) {
    if (address == null) {
      return null;
    }
    String trimmed = address.strip();
    int at = trimmed.lastIndexOf('@');
    if (at < 0) {
      return trimmed;
    }
    try {
      return trimmed.substring(0, at + 1) + IDN.toASCII(trimmed.substring(at + 1), IDN.USE_STD3_ASCII_RULES);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
