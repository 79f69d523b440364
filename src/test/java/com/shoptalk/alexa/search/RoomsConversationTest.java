package com.shoptalk.alexa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.catalog.Product;
import com.shoptalk.local.AlexaSimulator.Turn;
import com.shoptalk.testing.Chat;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.Ssml;
import com.shoptalk.testing.TestSkill;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rooms and walls on the demo catalog, in both locales: a room the shop has nothing for names what the shop does
 * have; something to hang on a wall finds wall decor, not what stands below it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoomsConversationTest {
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
      en-US | something for my hallway | I have nothing for the hallway, but the shop has  | what do you sell
      de-DE | etwas für den flur       | Für den Bereich Flur habe ich leider nichts, aber der Shop hat | was verkauft ihr
      """)
  void a_room_the_shop_has_nothing_for_names_its_main_categories(String locale, String ask, String answer,
      String browse) {
    Chat chat = Chat.on(skill, locale);
    String categories = chat.say(browse).speech();

    Turn turn = chat.say(ask);

    assertEquals("SearchIntent", turn.heard().intent());
    Expect.startsWith(answer, turn.speech());
    String named = turn.speech().substring(answer.length()).split("\\.")[0];
    for (String category : named.split(",| and | und ")) {
      if (!category.isBlank()) {
        Expect.contains(category.strip(), categories);
      }
    }
    Expect.doesNotContain(chat.either("couldn't find", "nichts gefunden"), turn.speech());
    Ssml.assertValid(turn.ssml());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | something to hang above my couch      | wall decor | painting
      en-US | find something to hang on the wall    | wall decor | painting
      de-DE | was zum aufhängen über dem sofa       | Wanddeko   | malerei gemälde
      de-DE | ich suche etwas für die wand          | Wanddeko   | malerei gemälde
      """)
  void something_to_hang_on_a_wall_finds_wall_decor_not_sofas(String locale, String ask, String said, String kinds) {
    Chat chat = Chat.on(skill, locale);

    Turn turn = chat.say(ask);

    assertEquals("SearchIntent", turn.heard().intent());
    Expect.contains(said, turn.speech());
    List<String> listed = Chat.listed(turn);
    assertFalse(listed.isEmpty(), turn.speech());
    for (String id : listed) {
      Product product = chat.product(id);
      assertTrue(List.of(kinds.split(" ")).stream().anyMatch(product.title().toLowerCase(Locale.ROOT)::contains),
          product.title());
    }
    Ssml.assertValid(turn.ssml());
  }
}
