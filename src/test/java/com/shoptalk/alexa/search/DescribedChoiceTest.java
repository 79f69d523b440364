package com.shoptalk.alexa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.catalog.Product;
import com.shoptalk.local.AlexaSimulator.Turn;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.Ssml;
import com.shoptalk.testing.TestSkill;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Picking among search results by what a product is like ("what about the travel one", "the grey one", "die aus
 * Baumwolle"), in both locales: one fits and is chosen, several narrow the results, none leaves them as they were.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DescribedChoiceTest {
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
      en-US | got any coffee mugs  | hmm what about the travel one       | Travel Coffee Mug          | Number
      en-US | find sofas           | i'll take the cotton one            | Cotton Two-Seater Sofa     | Number
      de-DE | hast du kaffeetassen | was ist mit der reise kaffeetasse   | Reise-Kaffeetasse          | Nummer
      de-DE | zeig mir sofas       | was ist mit dem aus baumwolle       | Zweisitzer-Sofa aus Baumwolle | Nummer
      """)
  void the_one_product_described_is_chosen(String locale, String search, String pick, String title, String number) {
    Shopper shopper = Shopper.on(skill, locale);
    List<String> listed = Shopper.listed(shopper.say(search));
    Product described = listed.stream().map(shopper::product).filter(p -> p.title().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError(title + " is not among the results of " + search));

    Turn turn = shopper.say(pick);

    assertEquals("SelectItemIntent", turn.heard().intent());
    Expect.startsWith(number + " " + (listed.indexOf(described.id()) + 1) + ": " + described.spokenName() + ", "
        + shopper.price(described) + ".", turn.speech());
    assertEquals(listed, Shopper.listed(turn), "the results stay as they were");
    Ssml.assertValid(turn.ssml());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find sofas     | how about the grey one | gray | sofas in gray
      en-US | find sofas     | the grey one           | gray | sofas in gray
      de-DE | zeig mir sofas | die graue              | grau | sofas in Grau
      de-DE | zeig mir sofas | wie wäre es mit der grauen | grau | sofas in Grau
      """)
  void a_colour_said_as_a_pick_narrows_the_results_to_that_colour(String locale, String search, String pick,
      String colour, String described) {
    Shopper shopper = Shopper.on(skill, locale);
    List<String> before = Shopper.listed(shopper.say(search));

    Turn turn = shopper.say(pick);

    List<String> after = Shopper.listed(turn);
    assertFalse(after.isEmpty(), turn.speech());
    assertTrue(after.size() < before.size(), "fewer than before: " + turn.speech());
    assertTrue(before.containsAll(after), "only sofas that were listed: " + turn.speech());
    for (String id : after) {
      Product product = shopper.product(id);
      assertTrue(product.colors().stream().anyMatch(c -> c.toLowerCase().contains(colour)),
          product.title() + " comes in " + product.colors());
    }
    assertTrue(turn.speech().contains(described), turn.speech());
    assertFalse(turn.speech().contains(" one "), "no search for 'one': " + turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find sofas     | the grey ones | and the blue ones | Nala Two-Seater Sofa
      de-DE | zeig mir sofas | die grauen    | und die blauen    | Nala Zweisitzer-Sofa
      """)
  void a_second_colour_replaces_the_first_among_the_kind_searched_for(String locale, String search, String first,
      String second, String found) {
    Shopper shopper = Shopper.on(skill, locale);
    List<String> sofas = Shopper.listed(shopper.say(search));
    shopper.say(first);

    Turn turn = shopper.say(second);

    Expect.contains(found, turn.speech());
    Expect.doesNotContain(shopper.german() ? "alles in Blau" : "anything in blue", turn.speech());
    List<String> after = Shopper.listed(turn);
    assertTrue(after.isEmpty() || sofas.containsAll(after), "only sofas: " + turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find sofas     | the pink one | Nothing matches sofas in pink. I kept your {count} results.   | the first one
      de-DE | zeig mir sofas | die rosa     | Für sofas in Rosa passt nichts. Ich habe deine {count} Treffer behalten. | die erste
      """)
  void a_description_nothing_listed_fits_keeps_the_results(String locale, String search, String pick, String answer,
      String first) {
    Shopper shopper = Shopper.on(skill, locale);
    List<String> before = Shopper.listed(shopper.say(search));

    Turn turn = shopper.say(pick);

    assertEquals(answer.replace("{count}", Integer.toString(before.size())), turn.speech());
    assertFalse(turn.sessionEnded());
    Turn next = shopper.say(first);
    Expect.startsWith(shopper.german() ? "Nummer 1: " : "Number 1: ", next.speech());
    assertTrue(next.speech().contains(shopper.product(before.get(0)).spokenName()), next.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find candles          | what about the sofa one | sofa
      de-DE | zeig mir kerzen       | was ist mit dem sofa    | sofa
      """)
  void a_kind_of_product_nothing_listed_is_searched_for(String locale, String search, String pick, String kind) {
    Shopper shopper = Shopper.on(skill, locale);
    shopper.say(search);

    Turn turn = shopper.say(pick);

    List<String> found = Shopper.listed(turn);
    assertFalse(found.isEmpty(), turn.speech());
    for (String id : found) {
      assertTrue(shopper.product(id).title().toLowerCase().contains(kind), shopper.product(id).title());
    }
  }
}
