package com.shoptalk.alexa.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shoptalk.catalog.Product;
import com.shoptalk.local.AlexaSimulator.Turn;
import com.shoptalk.testing.Chat;
import com.shoptalk.testing.TestSkill;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Comparing two or three products of the list just heard, in both locales, on the armchair test catalog. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompareConversationTest {
  private static final List<String> ORDINALS_EN = List.of("first", "second", "third", "fourth");
  private static final List<String> ORDINALS_DE = List.of("ersten", "zweiten", "dritten", "vierten");
  private TestSkill skill;

  @BeforeAll
  void start() {
    skill = TestSkill.start(Chat.armchairFeeds(), Clock.systemUTC());
  }

  @AfterAll
  void stop() {
    skill.close();
  }

  private static String ordinal(Chat chat, List<String> listed, String id) {
    return (chat.german() ? ORDINALS_DE : ORDINALS_EN).get(listed.indexOf(id));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | compare the {a} and the {b}     | Velvet Armchair, $199, in royal blue; Oak Armchair, $149, in natural. Oak Armchair is $50 cheaper. Only Velvet Armchair is made of velvet and brass. Which one do you like?
      de-DE | vergleiche den {a} und den {b}  | Samtsessel, 199 €, in Königsblau; Eichensessel, 149 €, in Natur. Eichensessel ist 50 € günstiger. Nur Samtsessel ist aus Samt und Messing. Welches gefällt dir?
      """)
  void two_products_by_position_price_colour_and_what_sets_one_apart(String locale, String ask, String answer) {
    Chat chat = Chat.on(skill, locale);
    List<String> listed = Chat.listed(chat.say(chat.either("find an armchair", "finde einen sessel")));

    Turn turn = chat.say(ask.replace("{a}", ordinal(chat, listed, "velvet-armchair"))
        .replace("{b}", ordinal(chat, listed, "oak-armchair")));

    assertEquals("CompareIntent", turn.heard().intent());
    Chat.assertAnswered(answer, turn);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | compare {a} and {b}          | Velvet Armchair, $199, in royal blue; Oak Armchair, $149, in natural. Oak Armchair is $50 cheaper. Only Velvet Armchair is made of velvet and brass. Which one do you like?
      de-DE | vergleich mal {a} und {b}    | Samtsessel, 199 €, in Königsblau; Eichensessel, 149 €, in Natur. Eichensessel ist 50 € günstiger. Nur Samtsessel ist aus Samt und Messing. Welches gefällt dir?
      """)
  void two_products_by_the_numbers_they_were_read_out_with(String locale, String ask, String answer) {
    Chat chat = Chat.on(skill, locale);
    List<String> listed = Chat.listed(chat.say(chat.either("find an armchair", "finde einen sessel")));

    Turn turn = chat.say(ask.replace("{a}", chat.number(listed.indexOf("velvet-armchair") + 1))
        .replace("{b}", chat.number(listed.indexOf("oak-armchair") + 1)));

    assertEquals("CompareIntent", turn.heard().intent());
    Chat.assertAnswered(answer, turn);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | compare the {a} the {b} and the {c}      | Velvet Armchair, $199, in royal blue; Oak Armchair, $149, in natural; Garden Armchair, $79, in green. Garden Armchair is the cheapest, $120 cheaper than Velvet Armchair. Only Velvet Armchair is made of velvet and brass. Which one do you like?
      de-DE | vergleiche den {a} den {b} und den {c}   | Samtsessel, 199 €, in Königsblau; Eichensessel, 149 €, in Natur; Gartensessel, 79 €, in Grün. Gartensessel ist am günstigsten, 120 € günstiger als Samtsessel. Nur Samtsessel ist aus Samt und Messing. Welches gefällt dir?
      """)
  void three_products_name_the_cheapest_against_the_dearest(String locale, String ask, String answer) {
    Chat chat = Chat.on(skill, locale);
    List<String> listed = Chat.listed(chat.say(chat.either("find an armchair", "finde einen sessel")));

    Turn turn = chat.say(ask.replace("{a}", ordinal(chat, listed, "velvet-armchair"))
        .replace("{b}", ordinal(chat, listed, "oak-armchair")).replace("{c}", ordinal(chat, listed, "garden-armchair")));

    assertEquals("CompareIntent", turn.heard().intent());
    Chat.assertAnswered(answer, turn);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | compare them | Garden Armchair, $79, in green; Velvet Armchair, $199, in royal blue. Garden Armchair is $120 cheaper. Only Garden Armchair is made of teak. Which one do you like?
      de-DE | vergleiche sie | Gartensessel, 79 €, in Grün; Samtsessel, 199 €, in Königsblau. Gartensessel ist 120 € günstiger. Nur Gartensessel ist aus Teak. Welches gefällt dir?
      """)
  void compare_them_compares_the_last_two_chosen(String locale, String ask, String answer) {
    Chat chat = Chat.on(skill, locale);
    List<String> listed = chat.searchAndChoose(chat.either("find an armchair", "finde einen sessel"), "garden-armchair");
    chat.say(chat.number(listed.indexOf("velvet-armchair") + 1));

    Chat.assertAnswered(answer, chat.say(ask));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find an armchair   | which is cheaper
      de-DE | finde einen sessel | welcher ist günstiger
      """)
  void which_is_cheaper_compares_the_first_two_heard(String locale, String search, String ask) {
    Chat chat = Chat.on(skill, locale);
    List<String> listed = Chat.listed(chat.say(search));
    Product first = chat.product(listed.get(0));
    Product second = chat.product(listed.get(1));
    Product cheaper = first.effectivePrice().compareTo(second.effectivePrice()) < 0 ? first : second;

    Turn turn = chat.say(ask);

    assertEquals("CompareIntent", turn.heard().intent());
    String speech = turn.speech();
    assertEquals(true, speech.startsWith(first.spokenName() + ", " + chat.price(first) + ", "), speech);
    assertEquals(true, speech.contains("; " + second.spokenName() + ", " + chat.price(second) + ", "), speech);
    assertEquals(true, speech.contains(cheaper.spokenName() + chat.either(" is ", " ist ")), speech);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | compare the first and the first   | Please pick two different ones, for example: compare the first and the second.
      de-DE | vergleiche den ersten und den ersten | Nenn mir bitte zwei verschiedene, zum Beispiel: vergleiche den ersten und den zweiten.
      """)
  void the_same_one_twice_asks_for_two_different_ones(String locale, String ask, String answer) {
    Chat chat = Chat.on(skill, locale);
    chat.say(chat.either("find an armchair", "finde einen sessel"));

    Chat.assertAnswered(answer, chat.say(ask));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | compare the first and the ninth     | There's no number 9 here. Pick a number from 1 to 4.
      de-DE | vergleiche den ersten und den neunten | Eine Nummer 9 gibt es hier nicht. Wähl eine Nummer von 1 bis 4.
      """)
  void a_position_not_on_the_list_says_which_exist(String locale, String ask, String answer) {
    Chat chat = Chat.on(skill, locale);
    chat.say(chat.either("find an armchair", "finde einen sessel"));

    Chat.assertAnswered(answer, chat.say(ask));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | compare them   | To compare, I need at least two products. Search first, for example: find a sofa.
      de-DE | vergleiche sie | Zum Vergleichen brauche ich mindestens zwei Produkte. Such zuerst, zum Beispiel: finde ein Sofa.
      """)
  void without_a_list_there_is_nothing_to_compare(String locale, String ask, String answer) {
    Chat.assertAnswered(answer, Chat.on(skill, locale).say(ask));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find armchairs under 90 dollars | compare them   | There's only one here, so there's nothing to compare it with. Search for more, for example: find a sofa.
      de-DE | finde sessel unter 90 euro      | vergleiche sie | Hier gibt es nur eins, also nichts zum Vergleichen. Such nach mehr, zum Beispiel: finde ein Sofa.
      """)
  void a_single_result_has_nothing_to_compare_with(String locale, String search, String ask, String answer) {
    Chat chat = Chat.on(skill, locale);
    var found = chat.say(search);
    assertEquals(List.of("garden-armchair"), Chat.listed(found), found.speech());

    Chat.assertAnswered(answer, chat.say(ask));
  }
}
