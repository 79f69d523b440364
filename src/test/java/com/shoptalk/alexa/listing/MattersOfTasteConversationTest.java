package com.shoptalk.alexa.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.shoptalk.catalog.Product;
import com.shoptalk.local.AlexaSimulator.Turn;
import com.shoptalk.testing.Chat;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.Ssml;
import com.shoptalk.testing.TestSkill;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Which one smells best", "welches ist am weichsten": matters of taste the feed doesn't rank get an honest answer
 * (the shop doesn't say; what its descriptions mention) and the best rated one instead, not a counter-question.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MattersOfTasteConversationTest {
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
      en-US | find candles     | which one smells best    | The shop doesn't say which one smells best.      | scent
      en-US | show me pillows  | which is the softest     | The shop doesn't say which one is the softest.   | softness
      en-US | find a sofa      | which one is the comfiest | The shop doesn't say which one is the most comfortable. | comfort
      de-DE | zeig mir kerzen  | welche riecht am besten  | Welches am besten riecht, sagt der Shop nicht.   | Duft
      de-DE | zeig mir kissen  | welches ist am weichsten | Welches am weichsten ist, sagt der Shop nicht.   | Weichheit
      de-DE | finde ein sofa   | welches ist am bequemsten | Welches am bequemsten ist, sagt der Shop nicht. | Komfort
      """)
  void a_matter_of_taste_is_answered_honestly_with_the_best_rated(String locale, String search, String ask,
      String honest, String topic) {
    Chat chat = Chat.on(skill, locale);
    List<String> listed = Chat.listed(chat.say(search));

    Turn turn = chat.say(ask);

    assertEquals("SuperlativeIntent", turn.heard().intent());
    Expect.startsWith(honest, turn.speech());
    Optional<Product> bestRated = listed.stream().map(chat::product).filter(p -> p.averageRating().isPresent())
        .min(Comparator.comparingDouble(p -> -p.averageRating().getAsDouble()));
    if (bestRated.isPresent()) {
      Expect.contains(bestRated.get().spokenName(), turn.speech());
      assertEquals(bestRated.get().id(), Chat.focus(turn));
    } else {
      Expect.contains(chat.either("None has reviews yet.", "Bewertungen gibt es noch keine."), turn.speech());
    }
    boolean described = listed.stream().map(chat::product).anyMatch(p -> p.description().toLowerCase()
        .contains(chat.either(topic.substring(0, 4), topic.substring(0, 4).toLowerCase())));
    if (described) {
      Expect.contains(topic, turn.speech());
    }
    Ssml.assertValid(turn.ssml());
    assertFalse(turn.sessionEnded());
    Expect.doesNotContain(chat.either("The cheapest, the most expensive", "Den günstigsten, den teuersten"),
        turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find candles    | which one smells best   | scent
      de-DE | zeig mir kerzen | welche riecht am besten | Duft
      """)
  void candles_whose_descriptions_speak_of_their_scent_are_named(String locale, String search, String ask,
      String topic) {
    Chat chat = Chat.on(skill, locale);
    chat.say(search);

    Turn turn = chat.say(ask);

    Expect.contains(topic, turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find candles    | the first one | does it smell good | About {name}, the shop says: | The shop doesn't say whether {name} smells good. | scent fragrance aroma smell
      en-US | show me pillows | the first one | is it soft         | About {name}, the shop says: | The shop doesn't say whether {name} is soft.     | soft plush velvet
      de-DE | zeig mir kerzen | die erste     | riecht die gut     | Über {name} sagt der Shop:   | Ob {name} gut riecht, sagt der Shop nicht.       | duft aroma geruch riecht
      de-DE | zeig mir kissen | das erste     | ist das weich      | Über {name} sagt der Shop:   | Ob {name} weich ist, sagt der Shop nicht.        | weich samt plüsch flausch
      """)
  void is_it_soft_quotes_the_description_or_says_the_shop_doesnt_say(String locale, String search, String choose,
      String ask, String quoted, String unknown, String words) {
    Chat chat = Chat.on(skill, locale);
    chat.say(search);
    Product product = chat.product(Chat.focus(chat.say(choose)));

    Turn turn = chat.say(ask);

    assertEquals("QualityIntent", turn.heard().intent());
    String description = (product.description() + " " + String.join(" ", product.highlights())).toLowerCase();
    boolean mentioned = java.util.Arrays.stream(words.split(" ")).anyMatch(description::contains);
    Expect.startsWith((mentioned ? quoted : unknown).replace("{name}", product.spokenName()), turn.speech());
    Ssml.assertValid(turn.ssml());
    assertFalse(turn.sessionEnded());
  }
}
