package com.shoptalk.alexa.wishlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.shoptalk.testing.Expect;
import com.shoptalk.testing.Found;
import com.shoptalk.testing.Ssml;
import com.shoptalk.testing.TestSkill;
import com.shoptalk.wishlist.ListName;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * After the skill asked "which one?", the answer finishes what was asked for: saving, removing, asking friends, a
 * question about a product. Both locales, each test as a new account.
 */
class WhichOneFollowUpTest {
  private static TestSkill skill;

  @BeforeAll
  static void start() {
    skill = TestSkill.start();
  }

  @AfterAll
  static void stop() {
    skill.close();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | add it to my wish list       | Which one should I save | the second one | {2}
      en-US | find a rug          | save it                      | Which one should I save | number two     | {2}
      de-DE | finde einen teppich | setz es auf meine wunschliste | Welches soll ich        | die zweite     | {2}
      de-DE | finde einen teppich | merk dir das                 | Welches soll ich        | nummer zwei    | {2}
      """)
  void the_answer_to_which_one_saves_that_product(String locale, String find, String save, String asked, String answer,
      String savedName) {
    Shopper shopper = Shopper.newIn(skill, locale);
    Found found = shopper.found(shopper.say(find));
    Expect.startsWith(asked, shopper.say(save).speech());

    var turn = shopper.say(answer);

    Expect.startsWith(found.fill(savedName), turn.speech().replace("Saved ", ""));
    Ssml.assertValid(turn.ssml());
    assertEquals(List.of(found.id(2)), shopper.productIds(ListName.DEFAULT));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | put it on my birthday list         | the third one
      de-DE | finde einen teppich | setz es auf meine geburtstagsliste | die dritte
      """)
  void the_answer_saves_to_the_list_named_in_the_question(String locale, String find, String save, String answer) {
    Shopper shopper = Shopper.newIn(skill, locale);
    Found found = shopper.found(shopper.say(find));
    shopper.say(save);

    shopper.say(answer);

    assertEquals(List.of(found.id(3)), shopper.productIds(shopper.onlyNamedList()));
    assertEquals(List.of(), shopper.productIds(ListName.DEFAULT));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find candles  | save it      | the vanilla candle
      de-DE | finde kerzen  | merk dir das | die mit vanille
      """)
  void the_answer_may_name_the_product(String locale, String find, String save, String answer) {
    Shopper shopper = Shopper.newIn(skill, locale);
    shopper.found(shopper.say(find));
    shopper.say(save);

    shopper.say(answer);

    assertEquals(List.of("vanilla-candle"), shopper.productIds(ListName.DEFAULT));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | remove it from my wish list    | the first one | Removed
      de-DE | finde einen teppich | nimm es von meiner wunschliste | die erste     | steht nicht mehr
      """)
  void the_answer_to_what_to_remove_counts_on_the_wish_list(String locale, String find, String remove, String answer,
      String removed) {
    Shopper shopper = Shopper.newIn(skill, locale);
    shopper.saved("vanilla-candle", "evergreen-candle");
    shopper.found(shopper.say(find));
    shopper.say(remove);

    var turn = shopper.say(answer);

    Expect.contains(removed, turn.speech());
    assertEquals(List.of("evergreen-candle"), shopper.productIds(ListName.DEFAULT));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | save it      | never mind  | Okay
      de-DE | finde einen teppich | merk dir das | vergiss es  | Gut
      """)
  void never_mind_drops_the_question(String locale, String find, String save, String cancel, String okay) {
    Shopper shopper = Shopper.newIn(skill, locale);
    shopper.found(shopper.say(find));
    shopper.say(save);

    var dropped = shopper.say(cancel);
    var later = shopper.say(locale.equals("en-US") ? "the second one" : "die zweite");

    Expect.startsWith(okay, dropped.speech());
    assertFalse(dropped.sessionEnded());
    assertEquals("SelectItemIntent", later.heard().intent());
    assertEquals(List.of(), shopper.productIds(ListName.DEFAULT));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | how much is it | the second one | {2} costs
      de-DE | finde einen teppich | was kostet das | die zweite     | {2} kostet
      """)
  void the_answer_to_which_one_answers_the_product_question(String locale, String find, String ask, String answer,
      String expected) {
    Shopper shopper = Shopper.newIn(skill, locale);
    Found found = shopper.found(shopper.say(find));
    shopper.say(ask);

    var turn = shopper.say(answer);

    Expect.startsWith(found.fill(expected), turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | add the first one to my birthday list         | and the second one too
      de-DE | finde einen teppich | setz den ersten auf meine geburtstagsliste     | und das zweite auch
      """)
  void and_the_second_one_too_does_the_same_again(String locale, String find, String save, String also) {
    Shopper shopper = Shopper.newIn(skill, locale);
    Found found = shopper.found(shopper.say(find));
    shopper.say(save);

    var turn = shopper.say(also);

    assertEquals("AlsoIntent", turn.heard().intent());
    assertEquals(List.of(found.id(1), found.id(2)), shopper.productIds(shopper.onlyNamedList()));
  }
}
