package com.shoptalk.alexa.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.testing.Expect;
import com.shoptalk.testing.TestSkill;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Answers a listener can keep in mind: help and "tell me more" stay short, in both locales. */
class BriefAnswersTest {
  private static TestSkill skill;

  @BeforeAll
  static void start() {
    skill = TestSkill.start();
  }

  @AfterAll
  static void stop() {
    skill.close();
  }

  private static int words(String speech) {
    return speech.isBlank() ? 0 : speech.trim().split("\\s+").length;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | help                              | share my wish list
      en-US | what can i ask my friends         | ask my friends
      de-DE | hilfe                             | teile meine Wunschliste
      de-DE | was kann ich meine freunde fragen | frag meine Freunde
      """)
  void help_is_short_and_names_sharing_and_friends(String locale, String ask, String named) {
    var turn = Shopper.on(skill, locale).say(ask);

    Expect.contains(named, turn.speech());
    assertTrue(words(turn.speech()) <= 30, turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | show me sofas | only in blue | tell me more    | 7 colors
      de-DE | zeig mir sofas | nur in blau | erzähl mir mehr | 7 Farben
      """)
  void tell_me_more_counts_many_colours_instead_of_reading_them(String locale, String find, String blue, String more,
      String counted) {
    Shopper shopper = Shopper.on(skill, locale);
    shopper.say(find);
    shopper.say(blue);

    var turn = shopper.say(more);

    Expect.contains(counted, turn.speech());
    assertTrue(words(turn.speech()) <= 25, turn.speech());
  }
}
