package com.shoptalk.friends;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The skill says a topic back in its own voice: "my sister" is "your sister". */
class QuestionWordingTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | my sister's birthday         | your sister's birthday
      en-US | My Sister and me             | Your Sister and you
      en-US | our anniversary              | your anniversary
      en-US | mystery novels for Amy       | mystery novels for Amy
      de-DE | meine schwester              | deine schwester
      de-DE | den Geburtstag meiner Mutter | den Geburtstag deiner Mutter
      de-DE | Meinen Vater und mich        | Deinen Vater und dich
      de-DE | unsere Hochzeit              | eure Hochzeit
      de-DE | Gemeinschaftsgarten          | Gemeinschaftsgarten
      """)
  void a_topic_is_said_back_to_the_shopper_in_the_second_person(String locale, String said, String toShopper) {
    assertEquals(toShopper, QuestionWording.toShopper(said, Locale.forLanguageTag(locale)));
  }
}
