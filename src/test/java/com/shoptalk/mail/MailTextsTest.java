package com.shoptalk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MailTextsTest {
  private static final MailTexts ENGLISH = MailTexts.of(Locale.forLanguageTag("en-US"));
  private static final MailTexts GERMAN = MailTexts.of(Locale.forLanguageTag("de-DE"));

  @Test
  void both_locales_have_the_same_keys() {
    assertEquals(ENGLISH.keys(), GERMAN.keys());
  }

  @Test
  void any_german_is_german_and_anything_else_english() {
    assertEquals(Locale.forLanguageTag("de-DE"), MailTexts.of(Locale.forLanguageTag("de-AT")).locale());
    assertEquals(Locale.forLanguageTag("en-US"), MailTexts.of(Locale.forLanguageTag("fr-FR")).locale());
  }

  @Test
  void inserts_user_text_with_braces_as_it_is() {
    assertEquals("Hi {question} $1 \\,", ENGLISH.text("mail.question.greeting.named", "name", "{question} $1 \\"));
  }

  @Test
  void fails_on_a_placeholder_without_value() {
    assertThrows(IllegalArgumentException.class, () -> ENGLISH.text("mail.question.greeting.named"));
  }
}
