package com.shoptalk.mail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mailer of the local run: writes each message as an {@code .eml} file into an outbox folder,
 * where any mail client opens it, instead of sending it anywhere.
 */
public final class OutboxMailer implements Mailer {
  private static final Logger LOG = LoggerFactory.getLogger(OutboxMailer.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

  private final Path folder;
  private final String from;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param folder where the files go, created on first use (e.g. {@code <data folder>/outbox})
   * @param from the sender shown in the messages
   */
  public OutboxMailer(Path folder, String from) {
    this(folder, from, Clock.systemUTC());
  }

  OutboxMailer(Path folder, String from, Clock clock) {
    this.folder = Objects.requireNonNull(folder, "folder");
    MimeMessages.sender(from);
    this.from = from;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void send(Email email) {
    write(email);
  }

  /**
   * Writes the message and returns its file, named {@code <UTC timestamp>-<random>.eml} so the
   * folder lists in sending order and two messages in the same millisecond do not collide.
   */
  public Path write(Email email) {
    byte[] bytes = MimeMessages.toBytes(email, from, clock);
    byte[] suffix = new byte[4];
    random.nextBytes(suffix);
    Path file = folder.resolve(STAMP.format(clock.instant()) + "-" + HexFormat.of().formatHex(suffix) + ".eml");
    try {
      Files.createDirectories(folder);
      Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new MailException("could not write the e-mail to " + file, e);
    }
    LOG.info("E-mail \"{}\" written to {}", email.subject(), file.toAbsolutePath());
    return file;
  }

  public Path folder() {
    return folder;
  }
}
