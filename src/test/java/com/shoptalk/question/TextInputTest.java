package com.shoptalk.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextInputTest {
  @Test
  void trims_and_collapses_whitespace() {
    assertEquals("so good", TextInput.clean("  so \n\t good  ", 100));
  }

  @Test
  void drops_control_characters_and_bidi_overrides() {
    assertEquals("abcdef", TextInput.clean("abc\u202Edef\u0007", 100));
    assertEquals("ab", TextInput.clean("a\u200Bb\uFEFF", 100));
  }

  @Test
  void keeps_emoji_sequences() {
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD83D\uDC4D\uD83C\uDFFD";
    assertEquals(family, TextInput.clean(family, 100));
  }

  @Test
  void normalizes_to_nfc() {
    assertEquals("Sch\u00F6n", TextInput.clean("Scho\u0308n", 100));
  }

  @Test
  void blank_text_is_null() {
    assertNull(TextInput.clean(" \u200B ", 100));
    assertNull(TextInput.clean(null, 100));
  }

  @Test
  void too_long_text_is_an_invalid_answer_for_its_field() {
    var error = assertThrows(InvalidAnswer.class, () -> TextInput.clean("x".repeat(501), 500, "comment"));
    assertEquals("comment", error.field());
  }

  @Test
  void length_counts_code_points_not_chars() {
    assertEquals(3, TextInput.clean("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", 3, "name").codePointCount(0, 6));
  }
}
