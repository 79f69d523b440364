package com.shoptalk.wishlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

class ListNameTest {
  private static final Locale EN = Locale.forLanguageTag("en-US");
  private static final Locale DE = Locale.forLanguageTag("de-DE");

  @ParameterizedTest
  @NullSource
  @CsvSource({"''", "'   '", "wish list", "Wish List", "wishlist", "my wish list", "my list", "the wish list", "wish-list"})
  void english_default_phrases_mean_the_default_list(String spoken) {
    assertTrue(ListName.of(spoken, EN).isDefault(), () -> spoken);
  }

  @ParameterizedTest
  @NullSource
  @CsvSource({"''", "Wunschliste", "wunschliste", "meine Wunschliste", "Merkliste", "meine Merkliste", "meine Liste", "Wunsch Liste"})
  void german_default_phrases_mean_the_default_list(String spoken) {
    assertTrue(ListName.of(spoken, DE).isDefault(), () -> spoken);
  }

  @ParameterizedTest
  @CsvSource({"birthday", "birthday list", "my birthday list", "Birthday List", "my birthday wish list", "birthday's list"})
  void english_birthday_phrases_name_the_birthday_list(String spoken) {
    assertEquals("birthday", ListName.of(spoken, EN).key(), () -> spoken);
  }

  @ParameterizedTest
  @CsvSource({"Geburtstagsliste", "Geburtstag", "Geburtstags liste", "Geburtstags Liste", "meine Geburtstagsliste",
      "geburtstagsliste", "Geburtstagswunschliste", "meine Geburtstag Liste"})
  void german_birthday_phrases_name_the_geburtstag_list(String spoken) {
    assertEquals("geburtstag", ListName.of(spoken, DE).key(), () -> spoken);
  }

  @Test
  void keeps_the_display_name_as_spoken_without_the_possessive() {
    assertEquals("birthday list", ListName.of("my birthday list", EN).displayName());
    assertEquals("Geburtstagsliste", ListName.of("meine Geburtstagsliste", DE).displayName());
  }

  @Test
  void a_german_list_word_said_apart_is_written_as_one_word_with_the_same_key() {
    assertEquals("mama-Liste", ListName.of("meine mama liste", DE).displayName());
    assertEquals("mama", ListName.of("meine mama liste", DE).key());
    assertEquals("Geburtstags-Liste", ListName.of("Geburtstags Liste", DE).displayName());
  }

  @Test
  void german_compounds_keep_their_words_and_fold_umlauts_in_the_key() {
    assertEquals("weihnacht", ListName.of("Weihnachtsliste", DE).key());
    assertEquals("kuechen", ListName.of("Küchenliste", DE).key());
    assertEquals("haus", ListName.of("Hausliste", DE).key());
    assertEquals("grosse-reise", ListName.of("Große Reise", DE).key());
  }

  @Test
  void several_words_make_one_key() {
    assertEquals("christmas-gifts", ListName.of("my Christmas gifts list", EN).key());
  }

  @Test
  void names_with_the_same_key_are_equal() {
    assertEquals(ListName.of("birthday", EN), ListName.of("my birthday list", EN));
    assertEquals(ListName.of("birthday", EN).hashCode(), ListName.of("Birthday List", EN).hashCode());
    assertNotEquals(ListName.of("birthday", EN), ListName.DEFAULT);
    assertFalse(ListName.of("birthday", EN).isDefault());
  }

  @Test
  void other_languages_get_the_english_rules() {
    assertEquals("birthday", ListName.of("my birthday list", Locale.FRANCE).key());
    assertTrue(ListName.of("wish list", null).isDefault());
  }

  @Test
  void rejects_keys_that_could_break_storage() {
    assertThrows(IllegalArgumentException.class, () -> new ListName("birth#day", "x"));
    assertThrows(IllegalArgumentException.class, () -> new ListName("", "x"));
    assertThrows(IllegalArgumentException.class, () -> new ListName("Birthday", "x"));
  }
}
