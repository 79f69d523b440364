package com.shoptalk.alexa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.shoptalk.catalog.Product;
import com.shoptalk.local.AlexaSimulator.Turn;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.Ssml;
import com.shoptalk.testing.TestSkill;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Narrowing a search ("cheaper ones", "only in blue", "only under 100 dollars") and the optional screen, in both locales. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefineAndScreenTest {
  private static final String RENDER = "Alexa.Presentation.APL.RenderDocument";
  private TestSkill skill;

  @BeforeAll
  void start() {
    skill = TestSkill.start();
  }

  @AfterAll
  void stop() {
    skill.close();
  }

  private Shopper shopper(String locale) {
    return Shopper.on(skill, locale);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find pillow covers | only pink ones | Geometric Pillow Case
      de-DE | finde kissenbezüge | nur rosa       | Geometrischer Kissenbezug
      """)
  void a_pillow_case_is_a_pillow_cover_to_a_shopper_who_wants_a_pink_one(String locale, String search, String pink,
      String found) {
    Shopper shopper = shopper(locale);
    shopper.say(search);

    Turn turn = shopper.say(pink);

    assertEquals("RefineSearchIntent", turn.heard().intent());
    List<String> ids = Shopper.listed(turn);
    assertEquals(1, ids.size(), turn.speech());
    assertEquals(found, shopper.product(ids.get(0)).title());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | I need a rug for the living room | only in grey    | gray
      en-US | find sofas                       | only grey ones  | gray
      de-DE | zeig mir teppiche                | nur in grau     | grau
      """)
  void a_colour_by_another_of_its_names_narrows_to_the_catalogs_colour(String locale, String search, String only,
      String colour) {
    Shopper shopper = shopper(locale);
    List<String> before = Shopper.listed(shopper.say(search));

    Turn turn = shopper.say(only);

    assertEquals("RefineSearchIntent", turn.heard().intent());
    List<String> ids = Shopper.listed(turn);
    assertFalse(ids.isEmpty(), turn.speech());
    assertTrue(before.containsAll(ids), turn.speech());
    for (String id : ids) {
      Product product = shopper.product(id);
      assertTrue(product.colors().stream().anyMatch(c -> c.toLowerCase(Locale.ROOT).contains(colour)),
          product.title() + " comes in " + product.colors());
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a lounge chair | number three | cheaper ones | Here are {count} cheaper than {price}. 1:   | Here's one cheaper than {price}. 1:      | under
      de-DE | finde einen sessel  | nummer drei  | günstigere   | Hier sind {count} günstigere als {price}. 1: | Hier ist ein günstigeres als {price}. 1: | unter
      """)
  void cheaper_ones_are_all_cheaper_than_the_product_in_focus(
      String locale, String search, String choose, String cheaper, String answerMany, String answerOne, String under) {
    Shopper shopper = shopper(locale);
    Product focused = shopper.product(Shopper.listed(shopper.say(search)).get(2));
    shopper.say(choose);

    Turn turn = shopper.say(cheaper);

    assertEquals("CheaperIntent", turn.heard().intent());
    List<String> ids = Shopper.listed(turn);
    assertFalse(ids.isEmpty());
    String answer = ids.size() == 1 ? answerOne : answerMany;
    Expect.startsWith(answer.replace("{count}", Integer.toString(ids.size())).replace("{price}", shopper.price(focused)),
        turn.speech());
    for (String id : ids) {
      assertTrue(shopper.product(id).effectivePrice().compareTo(focused.effectivePrice()) < 0,
          id + " is not cheaper than " + focused.effectivePrice());
    }
    // The card speaks of the shopper's price, not of an internal limit a cent below it.
    String card = turn.card().orElseThrow();
    Expect.contains(under + " " + shopper.price(focused) + "\n", card);
    Expect.doesNotContain(shopper.price(focused.effectivePrice().amount().subtract(new BigDecimal("0.01"))), card);
    Ssml.assertValid(turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | I'm after a comfy armchair            | tell me about the second one | is there anything similar but cheaper | Here's one cheaper than {price}. 1:
      de-DE | ich hätte gern nen gemütlichen sessel | erzähl mir vom zweiten       | gibt's sowas auch billiger            | Hier ist ein günstigeres als {price}. 1:
      """)
  void one_cheaper_one_is_one(String locale, String search, String choose, String cheaper, String answer) {
    Shopper shopper = shopper(locale);
    Product focused = shopper.product(Shopper.listed(shopper.say(search)).get(1));
    shopper.say(choose);

    Turn turn = shopper.say(cheaper);

    assertEquals("CheaperIntent", turn.heard().intent());
    assertEquals(1, Shopper.listed(turn).size(), turn.speech());
    Expect.startsWith(answer.replace("{price}", shopper.price(focused)), turn.speech());
    Ssml.assertValid(turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug         | cheaper ones
      de-DE | finde einen sessel | günstigere
      """)
  void cheaper_ones_without_a_choice_are_cheaper_than_the_cheapest_heard(String locale, String search, String cheaper) {
    Shopper shopper = shopper(locale);
    List<String> heard = Shopper.listed(shopper.say(search)).subList(0, 3);
    Product cheapest = heard.stream().map(shopper::product).min(Comparator.comparing(Product::effectivePrice)).orElseThrow();

    Turn turn = shopper.say(cheaper);

    Expect.contains(shopper.price(cheapest) + ".", turn.speech());
    List<String> ids = Shopper.listed(turn);
    assertFalse(ids.isEmpty(), turn.speech());
    ids.forEach(id -> assertTrue(shopper.product(id).effectivePrice().compareTo(cheapest.effectivePrice()) < 0, id));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find candles   | cheaper ones | There's nothing cheaper than {price} for candles.
      de-DE | finde kerzen   | günstigere   | Für kerzen gibt es nichts Günstigeres als {price}.
      """)
  void nothing_cheaper_than_the_cheapest_says_so_and_keeps_the_results(String locale, String search, String cheaper, String answer) {
    Shopper shopper = shopper(locale);
    List<String> ids = Shopper.listed(shopper.say(search));
    Product cheapest = ids.stream().map(shopper::product).min(Comparator.comparing(Product::effectivePrice)).orElseThrow();
    shopper.say((shopper.german() ? "nummer " : "number ") + (ids.indexOf(cheapest.id()) + 1));

    Turn turn = shopper.say(cheaper);

    assertEquals(answer.replace("{price}", shopper.price(cheapest)), turn.speech());
    assertEquals(ids, Shopper.listed(turn));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find an armchair   | only in blue | blue | match for armchair in blue.
      de-DE | finde einen sessel | nur in blau  | blau | Treffer für sessel in Blau gefunden.
      """)
  void only_in_a_colour_lists_only_products_in_that_colour(String locale, String search, String only, String color, String said) {
    Shopper shopper = shopper(locale);
    shopper.say(search);

    Turn turn = shopper.say(only);

    assertEquals("RefineSearchIntent", turn.heard().intent());
    Expect.contains(said, turn.speech());
    List<String> ids = Shopper.listed(turn);
    assertFalse(ids.isEmpty());
    for (String id : ids) {
      Product product = shopper.product(id);
      String described = (product.colors() + " " + product.title()).toLowerCase(Locale.ROOT);
      Expect.contains(color, described);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find an armchair | only in purple | Nothing matches armchair in purple. I kept your {count} results. | more
      de-DE | finde einen sessel  | nur in lila    | Für sessel in Lila passt nichts. Ich habe deine {count} Treffer behalten. | mehr
      """)
  void a_colour_with_no_match_keeps_the_shoppers_results(String locale, String search, String only, String answer, String more) {
    Shopper shopper = shopper(locale);
    List<String> before = Shopper.listed(shopper.say(search));

    Turn turn = shopper.say(only);

    assertEquals(answer.replace("{count}", Integer.toString(before.size())), turn.speech());
    assertEquals(before, Shopper.listed(turn));
    Expect.startsWith(shopper.item(4, shopper.product(before.get(3))), shopper.say(more).speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find lana  | only in purple | I kept your result. | more | That was the only one.
      de-DE | finde lana | nur in lila    | Ich habe deinen Treffer behalten. | mehr | Das war der einzige Treffer.
      """)
  void a_single_result_is_spoken_of_in_the_singular(String locale, String search, String only, String kept, String more, String end) {
    Shopper shopper = shopper(locale);
    assertEquals(1, Shopper.listed(shopper.say(search)).size(), "the demo catalog has one Lana product");

    Expect.contains(kept, shopper.say(only).speech());
    Expect.startsWith(end, shopper.say(more).speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | under $150
      de-DE | finde einen teppich | unter 150 €
      """)
  void only_under_a_price_lists_only_products_under_it(String locale, String search, String said) {
    Shopper shopper = shopper(locale);
    List<String> before = Shopper.listed(shopper.say(search));

    Turn turn = shopper.refine("maxPrice", "150");

    Expect.contains(said, turn.speech());
    List<String> ids = Shopper.listed(turn);
    assertFalse(ids.isEmpty());
    assertTrue(ids.size() < before.size(), "narrowed: " + ids);
    ids.forEach(id -> assertTrue(shopper.product(id).effectivePrice().amount().compareTo(new BigDecimal("150")) <= 0, id));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a lounge chair
      de-DE | finde einen sessel
      """)
  void a_screen_shows_the_numbered_results(String locale, String search) {
    Shopper shopper = shopper(locale);
    shopper.device.screen(true);

    Turn turn = shopper.say(search);

    List<JsonNode> documents = Shopper.directives(turn, RENDER);
    assertEquals(1, documents.size(), turn.response().toString());
    JsonNode document = documents.get(0);
    assertEquals("shoptalk-list", document.path("token").asText());
    assertEquals("APL", document.path("document").path("type").asText());
    JsonNode items = document.path("datasources").path("list").path("items");
    List<String> ids = Shopper.listed(turn);
    assertEquals(3, items.size());
    for (int n = 1; n <= 3; n++) {
      Product product = shopper.product(ids.get(n - 1));
      assertEquals(n, items.get(n - 1).path("number").asInt());
      assertEquals(product.spokenName(), items.get(n - 1).path("name").asText());
      assertEquals(shopper.price(product), items.get(n - 1).path("price").asText());
      assertEquals(product.imageLink(), items.get(n - 1).path("image").asText());
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a lounge chair | the second one
      de-DE | finde einen sessel  | die zweite
      """)
  void without_a_screen_there_is_no_apl_at_all(String locale, String search, String choose) {
    Shopper shopper = shopper(locale);
    shopper.device.screen(false);

    for (Turn turn : List.of(shopper.say(search), shopper.say(choose))) {
      turn.response().path("response").path("directives").forEach(directive ->
          assertFalse(directive.path("type").asText().startsWith("Alexa.Presentation.APL"), directive.toString()));
      assertTrue(turn.card().isPresent(), "a card for the Alexa app instead");
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a lounge chair | Number 2:
      de-DE | finde einen sessel  | Nummer 2:
      """)
  void touching_an_item_selects_it(String locale, String search, String intro) {
    Shopper shopper = shopper(locale);
    shopper.device.screen(true);
    Product second = shopper.product(Shopper.listed(shopper.say(search)).get(1));

    Turn turn = shopper.touch(2);

    Expect.startsWith(intro + " " + second.spokenName() + ", " + shopper.price(second) + ".", turn.speech());
    List<JsonNode> documents = Shopper.directives(turn, RENDER);
    assertEquals(1, documents.size());
    assertEquals("shoptalk-detail", documents.get(0).path("token").asText());
    assertEquals(second.title(), documents.get(0).path("datasources").path("product").path("title").asText());
    Expect.contains(second.spokenName(), shopper.say(shopper.german() ? "was kostet das" : "how much is it").speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a lounge chair | There's no number 40 here. Pick a number from 1 to {count}.
      de-DE | finde einen sessel  | Eine Nummer 40 gibt es hier nicht. Wähl eine Nummer von 1 bis {count}.
      """)
  void touching_a_number_the_session_does_not_hold_says_which_exist(String locale, String search, String answer) {
    Shopper shopper = shopper(locale);
    shopper.device.screen(true);
    int count = Shopper.listed(shopper.say(search)).size();

    Turn turn = shopper.touch(40);

    assertEquals(answer.replace("{count}", Integer.toString(count)), turn.speech());
    assertFalse(turn.sessionEnded());
  }
}
