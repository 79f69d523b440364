package com.shoptalk.alexa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.local.AlexaSimulator.Turn;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.Ssml;
import com.shoptalk.testing.TestSkill;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The search answers as a shop assistant would (issue 15), by voice in both locales: what the shop does not carry,
 * gift ideas, a room, a search broadened along the kind of product.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShopAssistantConversationTest {
  private TestSkill skill;

  @BeforeAll
  void start() {
    skill = TestSkill.start();
  }

  @AfterAll
  void stop() {
    skill.close();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a chandelier      | We don't carry chandeliers. We have home accents. What else can I find for you?
      de-DE | finde einen Kronleuchter | Kronleuchter führen wir leider nicht. Wir haben Accessoires. Was darf ich sonst für dich suchen?
      en-US | do you have pizza      | We don't carry pizza. We have bar and glassware, chairs, bedding and home accents. What else can I find for you?
      de-DE | habt ihr Pizza         | Pizza führen wir leider nicht. Wir haben Gläser und Barzubehör, Stühle, Bettwäsche und Accessoires. Was darf ich sonst für dich suchen?
      """)
  void says_what_the_shop_does_not_carry_and_what_it_has_instead(String locale, String utterance, String answer) {
    Turn turn = Shopper.on(skill, locale).say(utterance);

    assertEquals("SearchIntent", turn.heard().intent());
    assertEquals(answer, turn.speech());
    assertTrue(Shopper.listed(turn).isEmpty());
    assertFalse(turn.sessionEnded());
    Ssml.assertValid(turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a gift for my mom under 50 dollars          | Here are {count} gift ideas under $50. | 50
      de-DE | finde ein Geschenk für meine Mutter unter 50 Euro | Hier sind {count} Geschenkideen unter 50 €. | 50
      """)
  void answers_a_gift_request_with_gift_ideas_within_the_price(String locale, String utterance, String heading,
      BigDecimal max) {
    Shopper shopper = Shopper.on(skill, locale);

    Turn turn = shopper.say(utterance);

    List<String> ids = Shopper.listed(turn);
    assertFalse(ids.isEmpty(), turn.speech());
    Expect.startsWith(heading.replace("{count}", Integer.toString(ids.size())), turn.speech());
    ids.forEach(id -> assertTrue(shopper.product(id).effectivePrice().amount().compareTo(max) <= 0, id));
    Ssml.assertValid(turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a dark gray dresser       | I found nothing for dark dresser in gray, but | dresser
      de-DE | finde eine dunkelgraue Kommode | Für dunkelgraue kommode habe ich nichts gefunden, aber | kommode
      """)
  void broadens_along_the_kind_of_product_and_says_so(String locale, String utterance, String heading, String kind) {
    Shopper shopper = Shopper.on(skill, locale);

    Turn turn = shopper.say(utterance);

    List<String> ids = Shopper.listed(turn);
    assertFalse(ids.isEmpty(), turn.speech());
    Expect.startsWith(heading, turn.speech());
    ids.forEach(id -> Expect.contains(kind, shopper.product(id).title().toLowerCase(Locale.ROOT)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find something for my dog    | Sorry, I couldn't find anything for my dog.
      de-DE | finde etwas für meinen Hund  | Tut mir leid, für meinen hund habe ich nichts gefunden.
      """)
  void names_what_it_searched_for_once_when_nothing_is_found(String locale, String utterance, String heading) {
    Turn turn = Shopper.on(skill, locale).say(utterance);

    Expect.startsWith(heading, turn.speech());
    assertTrue(Shopper.listed(turn).isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find something for the kitchen | I found {count} results for kitchen.
      de-DE | finde etwas fürs Schlafzimmer    | Ich habe {count} Treffer für schlafzimmer gefunden.
      de-DE | finde etwas für meine Küche      | Ich habe {count} Treffer für küche gefunden.
      """)
  void answers_a_room_with_a_selection_for_it(String locale, String utterance, String heading) {
    Turn turn = Shopper.on(skill, locale).say(utterance);

    List<String> ids = Shopper.listed(turn);
    assertFalse(ids.isEmpty(), turn.speech());
    Expect.startsWith(heading.replace("{count}", Integer.toString(ids.size())), turn.speech());
  }
}
