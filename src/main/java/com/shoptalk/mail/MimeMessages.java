package com.shoptalk.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;

/**
 * Builds RFC 5322 messages with Jakarta Mail: UTF-8 throughout, a {@code multipart/alternative}
 * of text and HTML, an RFC 2047 encoded subject, and the headers a mail provider expects.
 *
 * <p>The result does not depend on who calls: the content handlers are ShopTalk's own
 * ({@link ContentHandlers}), and Jakarta Mail, which looks up its stream provider through the
 * thread's context class loader first, runs with ShopTalk's class loader as that loader. So the
 * message comes out the same under {@code exec:java}, in tests, in Lambda and on any pool thread.
 */
public final class MimeMessages {
  private static final String UTF_8 = "UTF-8";
  private static final ClassLoader OWN_LOADER = MimeMessages.class.getClassLoader();

  private MimeMessages() {}

  /**
   * The message as the bytes of an {@code .eml} file, with CRLF line endings as SES and SMTP want
   * them.
   *
   * @param from the sender, a bare address or {@code Name <address>}
   * @throws MailException when the sender is not a valid address or Jakarta Mail fails
   */
  public static byte[] toBytes(Email email, String from) {
    return toBytes(email, from, Clock.systemUTC());
  }

  static byte[] toBytes(Email email, String from, Clock clock) {
    InternetAddress sender = sender(from);
    try {
      return withOwnLoader(() -> {
        var out = new ByteArrayOutputStream();
        toMessage(email, sender, clock).writeTo(out);
        return out.toByteArray();
      });
    } catch (MessagingException | IOException | RuntimeException e) {
      // Jakarta Mail reports some failures, such as a missing provider, as unchecked exceptions.
      throw new MailException("could not build the e-mail", e);
    }
  }

  /** Parses and checks the configured sender, so a typo fails before any mail goes out. */
  static InternetAddress sender(String from) {
    if (from == null || from.isBlank()) {
      throw new MailException("no sender address configured", null);
    }
    try {
      var address = new InternetAddress(from.strip(), true);
      address.validate();
      if (address.getAddress().indexOf('@') <= 0) {
        throw new AddressException("no domain", from);
      }
      return address;
    } catch (AddressException e) {
      throw new MailException("the sender is not a valid address: " + from, e);
    }
  }

  private static MimeMessage toMessage(Email email, InternetAddress from, Clock clock)
      throws MessagingException {
    var message = new IdentifiedMessage(domainOf(from));
    message.setFrom(from);
    message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(email.to(), true));
    message.setSubject(email.subject(), UTF_8);
    message.setSentDate(Date.from(clock.instant()));
    message.setHeader("Content-Language", email.locale().toLanguageTag());
    // Marks the mail as machine-sent (RFC 3834), so out-of-office replies stay away.
    message.setHeader("Auto-Submitted", "auto-generated");

    String text = crlf(email.textBody());
    if (email.htmlBody() == null) {
      setText(message, text, "plain");
    } else {
      var alternative = new MimeMultipart("alternative");
      // Least preferred first (RFC 2046): clients show the last part they can display.
      alternative.addBodyPart(part(text, "plain"));
      alternative.addBodyPart(part(crlf(email.htmlBody()), "html"));
      setContent(message, alternative, alternative.getContentType());
      alternative.setParent(message);
    }
    message.saveChanges();
    return message;
  }

  private static MimeBodyPart part(String content, String subtype) throws MessagingException {
    var part = new MimeBodyPart();
    setText(part, content, subtype);
    return part;
  }

  /** What {@code setText(text, "UTF-8", subtype)} does, with ShopTalk's content handlers. */
  private static void setText(MimePart part, String text, String subtype) throws MessagingException {
    setContent(part, text, "text/" + subtype + "; charset=" + UTF_8);
  }

  /**
   * What {@code setContent} does, except that the data handler gets ShopTalk's content handlers
   * instead of Jakarta Activation's default command map.
   */
  private static void setContent(MimePart part, Object content, String type) throws MessagingException {
    var handler = new DataHandler(content, type);
    handler.setCommandMap(ContentHandlers.INSTANCE);
    part.setDataHandler(handler);
  }

  /** Runs {@code work} with ShopTalk's class loader as the thread's context class loader. */
  private static <T> T withOwnLoader(MimeWork<T> work) throws MessagingException, IOException {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(OWN_LOADER);
    try {
      return work.run();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** A step of building a message. */
  @FunctionalInterface
  private interface MimeWork<T> {
    T run() throws MessagingException, IOException;
  }

  /**
   * The session messages are created with, never used to connect anywhere. It is made on first use,
   * inside {@link #withOwnLoader}: Jakarta Mail looks up its stream provider when it makes a session.
   */
  private static final class Sessions {
    static final Session SESSION = Session.getInstance(new Properties());
  }

  private static String crlf(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n').replace("\n", "\r\n");
  }

  private static String domainOf(InternetAddress address) {
    String bare = address.getAddress();
    return bare.substring(bare.lastIndexOf('@') + 1);
  }

  /**
   * A message whose Message-ID names the sender's domain. Jakarta Mail's default looks up the
   * local host name, which is slow in some networks and meaningless in a Lambda.
   */
  private static final class IdentifiedMessage extends MimeMessage {
    private final String domain;

    IdentifiedMessage(String domain) {
      super(Sessions.SESSION);
      this.domain = domain;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", "<" + UUID.randomUUID() + "@" + domain + ">");
    }
  }
}
