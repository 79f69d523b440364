package com.shoptalk.alexa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.catalog.Product;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.Ssml;
import com.shoptalk.testing.TestSkill;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The short things shoppers say between searches: a bare product word, "what about in grey", "buy the cheapest one",
 * a product by its name, "the first and the third", "is there a warranty", "I'm just looking". Both locales.
 */
class ShortRepliesTest {
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
      en-US | find a gift for my mom       | candles | candle
      de-DE | finde ein geschenk für mama  | kerzen  | kerze
      """)
  void a_bare_product_word_searches_for_it(String locale, String failed, String word, String kind) {
    Shopper shopper = Shopper.on(skill, locale);
    shopper.say(failed);

    var turn = shopper.say(word);

    assertEquals("SearchIntent", turn.heard().intent());
    List<String> listed = Shopper.listed(turn);
    assertFalse(listed.isEmpty(), turn.speech());
    assertTrue(shopper.product(listed.get(0)).title().toLowerCase().contains(kind), turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | show me armchairs | what about in grey | gray
      de-DE | zeig mir sessel   | und in grau        | grau
      """)
  void what_about_in_a_colour_narrows_the_list(String locale, String find, String colour, String said) {
    Shopper shopper = Shopper.on(skill, locale);
    shopper.say(find);

    var turn = shopper.say(colour);

    assertEquals("RefineSearchIntent", turn.heard().intent());
    Expect.contains(said, turn.speech().toLowerCase());
    assertFalse(Shopper.listed(turn).isEmpty(), turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | buy the cheapest one
      de-DE | finde einen teppich | kauf den günstigsten
      """)
  void buy_the_cheapest_one_hands_over_the_cheapest(String locale, String find, String buy) {
    Shopper shopper = Shopper.on(skill, locale);
    List<String> listed = Shopper.listed(shopper.say(find));
    Product cheapest = listed.stream().map(shopper::product)
        .min(Comparator.comparing(p -> p.effectivePrice().amount())).orElseThrow();

    var turn = shopper.say(buy);

    assertEquals("BuyIntent", turn.heard().intent());
    Expect.contains(cheapest.spokenName(), turn.speech());
    Expect.contains(cheapest.title(), turn.card().orElse(""));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find candles | how much is the vanilla candle | costs
      de-DE | finde kerzen | was kostet die mit vanille     | kostet
      de-DE | finde kerzen | was kostet die vanillekerze    | kostet
      """)
  void a_question_may_name_the_product(String locale, String find, String ask, String costs) {
    Shopper shopper = Shopper.on(skill, locale);
    shopper.say(find);

    var turn = shopper.say(ask);

    Product vanilla = shopper.product("vanilla-candle");
    Expect.startsWith(vanilla.spokenName() + " " + costs + " " + shopper.price(vanilla), turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a chair        | ask my friends which one i should buy      | the first and the third
      de-DE | finde einen stuhl   | frag meine freunde welchen ich kaufen soll | den ersten und den dritten
      """)
  void the_first_and_the_third_picks_the_options_of_a_which_one_question(String locale, String find, String ask,
      String pick) {
    Shopper shopper = Shopper.on(skill, locale);
    List<String> listed = Shopper.listed(shopper.say(find));
    shopper.say(ask);

    var turn = shopper.say(pick);

    String first = shopper.product(listed.get(0)).spokenName();
    String third = shopper.product(listed.get(2)).spokenName();
    String second = shopper.product(listed.get(1)).spokenName();
    Expect.contains(first, turn.speech());
    Expect.contains(third, turn.speech());
    Expect.doesNotContain(second, turn.speech());
    Ssml.assertValid(turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | the first and the third
      de-DE | finde einen teppich | den ersten und den dritten
      """)
  void the_first_and_the_third_compares_them_otherwise(String locale, String find, String pick) {
    Shopper shopper = Shopper.on(skill, locale);
    List<String> listed = Shopper.listed(shopper.say(find));

    var turn = shopper.say(pick);

    Expect.contains(shopper.product(listed.get(0)).spokenName(), turn.speech());
    Expect.contains(shopper.product(listed.get(2)).spokenName(), turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a sofa   | the first one | is there a warranty | doesn't say
      de-DE | finde ein sofa | das erste    | gibt es garantie    | sagt der Shop
      """)
  void a_warranty_question_gets_an_honest_answer(String locale, String find, String choose, String ask, String honest) {
    Shopper shopper = Shopper.on(skill, locale);
    shopper.say(find);
    shopper.say(choose);

    var turn = shopper.say(ask);

    assertEquals("WarrantyIntent", turn.heard().intent());
    Expect.contains(honest, turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find candles    | what about returns       | Which product should I look up? | the second one | The shop doesn't say anything about a warranty or returns for {2}
      de-DE | zeig mir kerzen | kann ich das zurückgeben | Bei welchem Produkt soll ich nachsehen? | die zweite | Zu Garantie oder Rückgabe sagt der Shop bei {2} nichts
      """)
  void returns_asked_about_no_product_in_particular_are_explained_and_then_looked_up(String locale, String find,
      String ask, String which, String pick, String looked) {
    Shopper shopper = Shopper.on(skill, locale);
    List<String> listed = Shopper.listed(shopper.say(find));

    var turn = shopper.say(ask);

    assertEquals("WarrantyIntent", turn.heard().intent());
    Expect.contains(shopper.german() ? "regelt der Shop selbst" : "up to the shop", turn.speech());
    Expect.contains(which, turn.speech());
    assertFalse(turn.sessionEnded());
    var answer = shopper.say(pick);
    Expect.startsWith(looked.replace("{2}", shopper.product(listed.get(1)).spokenName()), answer.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | what about returns       | Find a product
      de-DE | kann ich das zurückgeben | Such dir ein Produkt aus
      """)
  void returns_asked_about_before_any_search_are_explained(String locale, String ask, String next) {
    Shopper shopper = Shopper.on(skill, locale);

    var turn = shopper.say(ask);

    assertEquals("WarrantyIntent", turn.heard().intent());
    Expect.contains(next, turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | i'm just looking | The shop has
      de-DE | ich schau nur    | Der Shop hat
      """)
  void just_looking_hears_what_the_shop_has(String locale, String looking, String has) {
    Shopper shopper = Shopper.on(skill, locale);

    var turn = shopper.say(looking);

    Expect.startsWith(has, turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | yo do you guys have any candles | candle
      de-DE | na gut, dann zeig mir mal kerzen | kerze
      """)
  void a_request_among_words_no_sample_lists_still_searches(String locale, String said, String kind) {
    Shopper shopper = Shopper.on(skill, locale);

    var turn = shopper.say(said);

    assertEquals("SearchIntent", turn.heard().intent());
    List<String> listed = Shopper.listed(turn);
    assertFalse(listed.isEmpty(), turn.speech());
    assertTrue(shopper.product(listed.get(0)).title().toLowerCase().contains(kind), turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | yo do you guys have any lamps             | lamps      | Sorry, I didn't get that
      de-DE | na gut, habt ihr eigentlich lampen         | Lampen     | Entschuldigung, das habe ich nicht verstanden
      en-US | ask shop talk for a floor lamp            | floor lamp | Sorry, I didn't get that
      de-DE | frag einkaufs helfer nach einer stehlampe | Stehlampe  | Entschuldigung, das habe ich nicht verstanden
      """)
  void such_a_request_for_what_the_shop_lacks_hears_so(String locale, String said, String kind, String notUnderstood) {
    Shopper shopper = Shopper.on(skill, locale);

    var turn = shopper.say(said);

    Expect.contains(kind, turn.speech());
    assertFalse(turn.speech().startsWith(notUnderstood), turn.speech());
    assertTrue(Shopper.listed(turn).isEmpty(), turn.speech());
    Ssml.assertValid(turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find candles | um how much is the first one  | 1 | costs
      en-US | find candles | so how much is the second one | 2 | costs
      de-DE | finde kerzen | äh was kostet der erste       | 1 | kostet
      de-DE | finde kerzen | was kostet der zweite denn    | 2 | kostet
      """)
  void a_position_heard_as_the_name_means_that_position(String locale, String find, String ask, int position,
      String costs) {
    Shopper shopper = Shopper.on(skill, locale);
    List<String> listed = Shopper.listed(shopper.say(find));

    var turn = shopper.say(ask);

    assertEquals("PriceIntent", turn.heard().intent());
    Product product = shopper.product(listed.get(position - 1));
    Expect.startsWith(product.spokenName() + " " + costs + " " + shopper.price(product), turn.speech());
  }
}
