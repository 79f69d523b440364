package com.shoptalk.alexa.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.shoptalk.local.AlexaSimulator.Turn;
import com.shoptalk.testing.Chat;
import com.shoptalk.testing.Ssml;
import com.shoptalk.testing.TestSkill;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "What do you sell": the shop's main categories from its feed, in both locales, and a search that works. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowseConversationTest {
  private TestSkill demo;
  private TestSkill armchairs;

  @BeforeAll
  void start() {
    demo = TestSkill.start();
    armchairs = TestSkill.start(Chat.armchairFeeds(), Clock.systemUTC());
  }

  @AfterAll
  void stop() {
    demo.close();
    armchairs.close();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | what do you sell | The shop has bar and glassware, chairs, bedding, home accents and beds, and more. What should I look for? Say, for example: find beds.
      de-DE | was verkauft ihr | Der Shop hat Gläser und Barzubehör, Stühle, Bettwäsche, Accessoires und Betten und mehr. Wonach soll ich suchen? Sag zum Beispiel: finde Stühle.
      """)
  void the_largest_categories_are_named_with_a_search_to_try(String locale, String ask, String answer) {
    Turn turn = Chat.on(demo, locale).say(ask);

    assertEquals("BrowseCategoriesIntent", turn.heard().intent());
    assertEquals(answer, turn.speech());
    Ssml.assertValid(turn.ssml());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | what do you sell | find beds
      de-DE | was verkauft ihr | finde stühle
      """)
  void the_search_suggested_finds_products(String locale, String ask, String suggested) {
    Chat chat = Chat.on(demo, locale);
    chat.say(ask);

    Turn turn = chat.say(suggested);

    assertEquals("SearchIntent", turn.heard().intent());
    assertFalse(Chat.listed(turn).isEmpty(), turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | what do you sell | The shop has armchairs. What should I look for? Say, for example: find armchairs.
      de-DE | was verkauft ihr | Der Shop hat Sessel. Wonach soll ich suchen? Sag zum Beispiel: finde Sessel.
      """)
  void a_shop_with_few_categories_names_them_all(String locale, String ask, String answer) {
    assertEquals(answer, Chat.on(armchairs, locale).say(ask).speech());
  }
}
