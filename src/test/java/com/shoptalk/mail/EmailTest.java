package com.shoptalk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

  @ParameterizedTest
  @ValueSource(strings = {"ana@example.com", "ana@müller.de", "a+shop@mail.example.co.uk"})
  void accepts_plausible_addresses(String address) {
    assertTrue(Email.isPlausibleAddress(address));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"ana", "ana@", "@example.com", "ana@localhost", "ana@example.", "Ana <ana@example.com>",
      "ana@example.com, eve@example.com", "ana@example.com\r\nBcc: eve@example.com", "a na@example.com", "jürgen@example.de"})
  void rejects_implausible_addresses(String address) {
    assertFalse(Email.isPlausibleAddress(address));
    assertThrows(IllegalArgumentException.class, () -> new Email(address, "Hi", "Text", null, Locale.US));
  }

  @Test
  void stores_an_internationalized_domain_in_ascii() {
    var email = new Email(" ana@müller.de ", "Hi", "Text", null, Locale.GERMANY);
    assertEquals("ana@xn--mller-kva.de", email.to());
  }

  @Test
  void rejects_blank_subject_or_text() {
    assertThrows(IllegalArgumentException.class, () -> new Email("ana@example.com", " ", "Text", null, Locale.US));
    assertThrows(IllegalArgumentException.class, () -> new Email("ana@example.com", "Hi", "\n", null, Locale.US));
  }

  @Test
  void folds_line_breaks_in_the_subject() {
    var email = new Email("ana@example.com", "Hello\r\nBcc: eve@example.com", "Text", " ", Locale.US);
    assertEquals("Hello Bcc: eve@example.com", email.subject());
    assertNull(email.htmlBody());
  }
}
