package com.shoptalk.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Properties;

/** A message parsed back from its bytes with Jakarta Mail, the way a mail client would read it. */
final class Parsed {
  private static final Session SESSION = Session.getInstance(new Properties());

  private Parsed() {}

  static MimeMessage message(byte[] bytes) {
    try {
      return new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
    } catch (MessagingException e) {
      throw new AssertionError("not a parsable message", e);
    }
  }

  /** The first part of a multipart/alternative message with the given content type, e.g. {@code text/html}. */
  static BodyPart part(MimeMessage message, String type) throws MessagingException, IOException {
    var multipart = (Multipart) message.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      if (multipart.getBodyPart(i).isMimeType(type)) {
        return multipart.getBodyPart(i);
      }
    }
    throw new AssertionError("no " + type + " part");
  }

  static String text(MimeMessage message, String type) throws MessagingException, IOException {
    return (String) part(message, type).getContent();
  }
}
