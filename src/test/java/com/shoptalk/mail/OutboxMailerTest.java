package com.shoptalk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxMailerTest {
  private static final Email EMAIL =
      new Email("ana@example.com", "Grüße", "Hallo Ana", "<p>Hallo Ana</p>", Locale.GERMANY);

  @TempDir Path dataDir;

  @Test
  void writes_a_readable_eml_file_into_a_new_outbox_folder() throws Exception {
    Path outbox = dataDir.resolve("outbox");
    var clock = Clock.fixed(Instant.parse("2025-03-01T10:15:30.123Z"), ZoneOffset.UTC);

    Path file = new OutboxMailer(outbox, "noreply@shoptalk.example", clock).write(EMAIL);

    assertEquals(outbox, file.getParent());
    assertTrue(file.getFileName().toString().matches("20250301T101530123Z-[0-9a-f]{8}\\.eml"), file.toString());
    var message = Parsed.message(Files.readAllBytes(file));
    assertEquals("Grüße", message.getSubject());
    assertEquals("Hallo Ana", Parsed.text(message, "text/plain").strip());
  }

  @Test
  void keeps_every_message_even_in_the_same_millisecond() throws Exception {
    var clock = Clock.fixed(Instant.parse("2025-03-01T10:15:30Z"), ZoneOffset.UTC);
    var mailer = new OutboxMailer(dataDir, "noreply@shoptalk.example", clock);

    for (int i = 0; i < 5; i++) {
      mailer.send(EMAIL);
    }

    try (Stream<Path> files = Files.list(dataDir)) {
      assertEquals(5, files.count());
    }
  }

  @Test
  void reports_an_unwritable_folder_as_mail_exception() throws Exception {
    Path blocked = Files.writeString(dataDir.resolve("outbox"), "a file, not a folder");

    var mailer = new OutboxMailer(blocked, "noreply@shoptalk.example");

    assertThrows(MailException.class, () -> mailer.send(EMAIL));
  }
}
