package com.shoptalk.alexa.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.shoptalk.local.AlexaSimulator.Turn;
import com.shoptalk.testing.Chat;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.TestSkill;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Questions about a product, answered from the feed in both locales: stock, material, size, brand, colours and
 * "tell me more"; plainly "the shop doesn't say" when the feed has nothing. A catalog of four armchairs written for
 * these tests, and the demo catalog for sizes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductQuestionsConversationTest {
  private TestSkill armchairs;
  private TestSkill demo;

  @BeforeAll
  void start() {
    armchairs = TestSkill.start(Chat.armchairFeeds(), Clock.systemUTC());
    demo = TestSkill.start();
  }

  @AfterAll
  void stop() {
    armchairs.close();
    demo.close();
  }

  /** A shopper who found the armchairs and chose one of them. */
  private Chat chose(String locale, String id) {
    Chat chat = Chat.on(armchairs, locale);
    chat.searchAndChoose(chat.either("find an armchair", "finde einen sessel"), id);
    return chat;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | is it in stock    | Yes, Velvet Armchair is in stock. Should I send you the link to buy it?
      de-DE | ist der auf lager | Ja, Samtsessel ist auf Lager. Soll ich dir den Link zum Kaufen schicken?
      """)
  void in_stock_says_yes_and_offers_the_link(String locale, String ask, String answer) {
    Turn turn = chose(locale, "velvet-armchair").say(ask);

    assertEquals("AvailabilityIntent", turn.heard().intent());
    Chat.assertAnswered(answer, turn);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | is it in stock    | yes | The link to Velvet Armchair is in your Alexa app.
      de-DE | ist der auf lager | ja  | Der Link zu Samtsessel ist in deiner Alexa App.
      """)
  void yes_to_the_offer_puts_the_link_on_a_card(String locale, String ask, String yes, String answer) {
    Chat chat = chose(locale, "velvet-armchair");
    chat.say(ask);

    Turn turn = chat.say(yes);

    Expect.startsWith(answer, turn.speech());
    Expect.startsWith(chat.product("velvet-armchair").link() + "?", chat.shopPageBehind(turn.card().orElseThrow()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | oak-armchair    | is it in stock    | Sorry, Oak Armchair is out of stock right now. Say buy it, or ask me more.
      en-US | garden-armchair | is it in stock    | Garden Armchair isn't out yet, but you can pre-order it. Say buy it, or ask me more.
      en-US | wicker-armchair | is it in stock    | The shop doesn't say whether Wicker Armchair is in stock. Say buy it, or ask me more.
      de-DE | oak-armchair    | ist der auf lager | Eichensessel: gerade leider nicht auf Lager. Sag: kauf es, oder frag mich mehr.
      de-DE | garden-armchair | ist der auf lager | Gartensessel: noch nicht erschienen, aber vorbestellbar. Sag: kauf es, oder frag mich mehr.
      de-DE | wicker-armchair | ist der auf lager | Ob Korbsessel auf Lager ist, gibt der Shop nicht an. Sag: kauf es, oder frag mich mehr.
      """)
  void stock_is_said_as_the_feed_says_it(String locale, String id, String ask, String answer) {
    Chat.assertAnswered(answer, chose(locale, id).say(ask));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find an armchair   | is the second one in stock | what is it made of
      de-DE | finde einen sessel | ist das zweite auf lager   | woraus ist das
      """)
  void a_position_asks_about_that_product_and_keeps_it_in_focus(String locale, String search, String ask, String then) {
    Chat chat = Chat.on(armchairs, locale);
    String second = Chat.listed(chat.say(search)).get(1);

    Turn turn = chat.say(ask);
    Turn next = chat.say(then);

    Expect.contains(chat.product(second).spokenName(), turn.speech());
    assertEquals(second, Chat.focus(turn));
    Expect.contains(chat.product(second).spokenName(), next.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | velvet-armchair | what is it made of | Velvet Armchair is made of velvet and brass, with a gold finish. Say buy it, or ask me more.
      en-US | wicker-armchair | what is it made of | The shop doesn't say what Wicker Armchair is made of. Say buy it, or ask me more.
      de-DE | velvet-armchair | woraus ist das     | Samtsessel ist aus Samt und Messing, Oberfläche Gold. Sag: kauf es, oder frag mich mehr.
      de-DE | wicker-armchair | woraus ist das     | Der Shop gibt nicht an, woraus Korbsessel ist. Sag: kauf es, oder frag mich mehr.
      """)
  void material_is_what_the_feed_names_or_that_it_names_none(String locale, String id, String ask, String answer) {
    Turn turn = chose(locale, id).say(ask);

    assertEquals("MaterialIntent", turn.heard().intent());
    Chat.assertAnswered(answer, turn);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | oak-armchair    | is it made of wood           | Yes, Oak Armchair is made of oak. Say buy it, or ask me more.
      en-US | oak-armchair    | is it real leather           | No, Oak Armchair is made of oak. Say buy it, or ask me more.
      en-US | velvet-armchair | is it metal                  | Yes, Velvet Armchair is made of velvet and brass, with a gold finish. Say buy it, or ask me more.
      en-US | velvet-armchair | is it made of oak            | No, Velvet Armchair is made of velvet and brass, with a gold finish. Say buy it, or ask me more.
      en-US | wicker-armchair | is it made of wood           | The shop doesn't say what Wicker Armchair is made of. Say buy it, or ask me more.
      en-US | velvet-armchair | is it blue                   | Yes, Velvet Armchair comes in royal blue. Say buy it, or ask me more.
      de-DE | oak-armchair    | ist der aus holz             | Ja, Eichensessel ist aus Eiche. Sag: kauf es, oder frag mich mehr.
      de-DE | oak-armchair    | ist das echtes leder         | Nein, Eichensessel ist aus Eiche. Sag: kauf es, oder frag mich mehr.
      de-DE | velvet-armchair | ist der aus metall           | Ja, Samtsessel ist aus Samt und Messing, Oberfläche Gold. Sag: kauf es, oder frag mich mehr.
      de-DE | garden-armchair | ist der aus massivem holz    | Ja, Gartensessel ist aus Teak. Sag: kauf es, oder frag mich mehr.
      de-DE | wicker-armchair | ist der aus holz             | Der Shop gibt nicht an, woraus Korbsessel ist. Sag: kauf es, oder frag mich mehr.
      de-DE | velvet-armchair | ist der blau                 | Ja, Samtsessel gibt es in Königsblau. Sag: kauf es, oder frag mich mehr.
      """)
  void a_material_asked_about_is_answered_yes_or_no(String locale, String id, String ask, String answer) {
    Chat.assertAnswered(answer, chose(locale, id).say(ask));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | velvet-armchair | what brand is it     | Velvet Armchair is made by Nordhaus. Say buy it, or ask me more.
      en-US | oak-armchair    | what brand is it     | The shop doesn't say which brand Oak Armchair is. Say buy it, or ask me more.
      de-DE | velvet-armchair | welche marke ist das | Die Marke von Samtsessel ist Nordhaus. Sag: kauf es, oder frag mich mehr.
      de-DE | oak-armchair    | welche marke ist das | Die Marke von Eichensessel gibt der Shop nicht an. Sag: kauf es, oder frag mich mehr.
      """)
  void brand_is_what_the_feed_names_or_that_it_names_none(String locale, String id, String ask, String answer) {
    Turn turn = chose(locale, id).say(ask);

    assertEquals("BrandIntent", turn.heard().intent());
    Chat.assertAnswered(answer, turn);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find the meadow rug     | how big is it    | Meadow Rug comes in 3 by 5 feet. Say buy it, or ask me more.
      de-DE | finde den wiesenteppich | wie groß ist der | Wiesenteppich gibt es in der Größe 3 mal 5 Fuß. Sag: kauf es, oder frag mich mehr.
      """)
  void sizes_are_read_in_words(String locale, String search, String ask, String answer) {
    Chat chat = Chat.on(demo, locale);
    assertEquals(1, Chat.listed(chat.say(search)).size());

    Turn turn = chat.say(ask);

    assertEquals("SizeIntent", turn.heard().intent());
    Chat.assertAnswered(answer, turn);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a coffee table    | how big is it    | Modern Gold Coffee Table measures 5 by 3 by 2 feet.
      de-DE | finde einen couchtisch | wie groß ist der | Moderner Gold Couchtisch hat die Maße 5 mal 3 mal 2 Fuß.
      """)
  void measurements_are_read_in_words(String locale, String search, String ask, String answer) {
    Chat chat = Chat.on(demo, locale);
    chat.searchAndChoose(search, "modern-gold-coffee-table");

    Expect.startsWith(answer, chat.say(ask).speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | how big is it    | The shop doesn't give sizes or measurements for Velvet Armchair. Say buy it, or ask me more.
      de-DE | wie groß ist der | Der Shop gibt für Samtsessel weder Größen noch Maße an. Sag: kauf es, oder frag mich mehr.
      """)
  void without_sizes_the_shop_does_not_say(String locale, String ask, String answer) {
    Chat.assertAnswered(answer, chose(locale, "velvet-armchair").say(ask));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | velvet-armchair | does it come in blue     | Yes, Velvet Armchair comes in royal blue. Say buy it, or ask me more.
      en-US | oak-armchair    | does it come in blue     | No, Oak Armchair only comes in natural. Say buy it, or ask me more.
      de-DE | velvet-armchair | gibt es den auch in blau | Ja, Samtsessel gibt es in Königsblau. Sag: kauf es, oder frag mich mehr.
      de-DE | oak-armchair    | gibt es den auch in blau | Nein, Eichensessel gibt es nur in Natur. Sag: kauf es, oder frag mich mehr.
      """)
  void does_it_come_in_a_colour_answers_about_this_product_not_a_new_search(
      String locale, String id, String ask, String answer) {
    Chat chat = Chat.on(armchairs, locale);
    List<String> listed = chat.searchAndChoose(chat.either("find an armchair", "finde einen sessel"), id);

    Turn turn = chat.say(ask);

    assertEquals("ColorsIntent", turn.heard().intent());
    Chat.assertAnswered(answer, turn);
    assertEquals(listed, Chat.listed(turn));
    assertEquals(id, Chat.focus(turn));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find an armchair   | is there a green one    | Number {n}, Garden Armchair, comes in green. Say buy it, or ask me more.
      de-DE | finde einen sessel | gibt es den auch in grün | Nummer {n}, Gartensessel, gibt es in Grün. Sag: kauf es, oder frag mich mehr.
      """)
  void without_a_product_in_focus_a_colour_is_looked_for_in_the_list(String locale, String search, String ask,
      String answer) {
    Chat chat = Chat.on(armchairs, locale);
    int number = Chat.listed(chat.say(search)).indexOf("garden-armchair") + 1;

    Turn turn = chat.say(ask);

    assertEquals("ColorsIntent", turn.heard().intent());
    Chat.assertAnswered(answer.replace("{n}", Integer.toString(number)), turn);
    assertEquals("garden-armchair", Chat.focus(turn));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find an armchair   | is there a gray one        | gray | grey
      de-DE | finde einen sessel | gibt es den auch in weiss  | Weiß | Weiss
      """)
  void the_colour_is_said_as_the_shopper_named_it_and_spelled_as_the_model_spells_it(String locale, String search,
      String ask, String said, String notSaid) {
    Chat chat = Chat.on(armchairs, locale);
    chat.say(search);

    Turn turn = chat.say(ask);

    assertEquals("ColorsIntent", turn.heard().intent());
    Expect.contains(said, turn.speech());
    assertFalse(turn.speech().contains(notSaid), turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find an armchair   | is there a red one      | None of them comes in red. Say only in red, and I'll search for it.
      de-DE | finde einen sessel | gibt es den auch in rot | Keins davon gibt es in Rot. Sag: nur in Rot, dann suche ich danach.
      """)
  void a_colour_none_of_the_list_has_points_to_searching_for_it(String locale, String search, String ask,
      String answer) {
    Chat chat = Chat.on(armchairs, locale);
    chat.say(search);

    Chat.assertAnswered(answer, chat.say(ask));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | what colors does it come in | Velvet Armchair comes in royal blue. Say buy it, or ask me more.
      de-DE | welche farben gibt es       | Samtsessel: erhältlich in Königsblau. Sag: kauf es, oder frag mich mehr.
      """)
  void what_colours_lists_the_colours(String locale, String ask, String answer) {
    Chat.assertAnswered(answer, chose(locale, "velvet-armchair").say(ask));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | tell me more    | Velvet Armchair, $199. In royal blue. Velvet upholstery. Pre-assembled. Buy it, save it, or ask your friends?
      de-DE | erzähl mir mehr | Samtsessel, 199 €. Erhältlich in Königsblau. Samtbezug. Vormontiert. Kaufen, merken, oder Freunde fragen?
      """)
  void tell_me_more_reads_the_highlights_with_a_card(String locale, String ask, String answer) {
    Chat chat = chose(locale, "velvet-armchair");

    Turn turn = chat.say(ask);

    assertEquals("ProductDetailsIntent", turn.heard().intent());
    Chat.assertAnswered(answer, turn);
    Expect.startsWith(chat.product("velvet-armchair").title() + "\n", turn.card().orElseThrow());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find an armchair   | is it in stock    | Which one do you mean? Say, for example, the first one.
      de-DE | finde einen sessel | ist der auf lager | Welches meinst du? Sag zum Beispiel: die erste.
      """)
  void among_several_results_a_question_asks_which_one(String locale, String search, String ask, String answer) {
    Chat chat = Chat.on(armchairs, locale);
    chat.say(search);

    Chat.assertAnswered(answer, chat.say(ask));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | what is it made of | Let's find something first. What are you looking for?
      de-DE | woraus ist das     | Lass uns zuerst etwas finden. Was suchst du?
      """)
  void before_any_search_a_question_asks_what_to_find(String locale, String ask, String answer) {
    Chat.assertAnswered(answer, Chat.on(armchairs, locale).say(ask));
  }
}
