package com.shoptalk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The search reads what a shopper asks for the way a shop assistant would (issue 15), in both locales. */
class ShopperSearchTest {

  static SearchResult search(String tag, String spoken) {
    Catalog catalog = DemoCatalogs.CATALOGS.forLocale(Locale.forLanguageTag(tag));
    return catalog.search(catalog.parse(spoken));
  }

  static List<String> categories(SearchResult result) {
    return result.products().stream().map(Product::category).distinct().toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | chandelier     | chandeliers | Home Accents
      en-US | floor lamps    | floor lamps | Home Accents
      de-DE | Kronleuchter   | Kronleuchter | Accessoires
      de-DE | eine Stehlampe | Stehlampen  | Accessoires
      """)
  void says_it_does_not_carry_a_kind_and_names_the_closest_categories(String tag, String spoken, String kind,
      String related) {
    SearchResult result = search(tag, spoken);

    assertTrue(result.isEmpty(), result.products().toString());
    assertEquals(kind, result.notCarried());
    assertTrue(result.related().contains(related), result.related().toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | chrome bathroom vanity light
      en-US | 3 1/2 inch drawer pull
      en-US | medium size chandelier
      en-US | gaming chair
      en-US | outdoor chairs
      de-DE | Gartenstühle
      de-DE | Esstisch ausziehbar
      de-DE | Kochtopf Set
      """)
  void never_answers_a_kind_it_does_not_carry_with_products_that_share_a_word(String tag, String spoken) {
    SearchResult result = search(tag, spoken);

    assertTrue(result.isEmpty(), spoken + " found " + result.products());
    assertTrue(result.isNotCarried(), spoken);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | dark gray dresser        | dresser | Dressers
      en-US | bar stool with backrest  | stool   | Tables
      de-DE | dunkelgraue Kommode      | Kommode | Kommoden
      """)
  void broadens_only_along_the_kind_of_product(String tag, String spoken, String broader, String category) {
    SearchResult result = search(tag, spoken);

    assertTrue(result.isBroadened(), spoken);
    assertEquals(broader, result.query().text());
    assertEquals(List.of(category), categories(result));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | couch            | Sofas
      en-US | carpet           | Rugs
      en-US | loveseat         | Sofas
      en-US | bedside table    | Tables
      en-US | wall art         | Home Accents
      de-DE | Couch            | Sofas
      de-DE | Wohnzimmertisch  | Tische
      de-DE | Läufer           | Teppiche
      """)
  void understands_the_shoppers_word_for_a_kind(String tag, String spoken, String category) {
    SearchResult result = search(tag, spoken);

    assertFalse(result.isEmpty(), spoken);
    assertFalse(result.isBroadened(), spoken);
    assertEquals(List.of(category), categories(result));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | comforter       | bedding
      en-US | recliner        | armchair
      de-DE | Bettdecke       | Bettwäsche
      """)
  void says_it_searched_for_the_broader_kind_the_shop_has(String tag, String spoken, String broader) {
    SearchResult result = search(tag, spoken);

    assertFalse(result.isEmpty(), spoken);
    assertEquals(spoken, result.broadenedFrom().text());
    assertEquals(broader, result.query().text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | capricorn chest    | Dressers
      en-US | sheets for twinxl  | Bedding
      en-US | carpet 5x6         | Rugs
      de-DE | IKEA Teppich Stockholm | Teppiche
      """)
  void unknown_names_and_sizes_never_decide_and_get_no_nonsense_spelling(String tag, String spoken,
      String category) {
    SearchResult result = search(tag, spoken);

    assertEquals(List.of(category), categories(result));
    assertNull(result.suggestion(), result.suggestion());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | wine classes | wine glass
      en-US | loveseet     | loveseat
      de-DE | Coutchtisch  | Couchtisch
      """)
  void respells_a_misheard_kind_into_one_that_finds_products(String tag, String spoken, String suggestion) {
    SearchResult result = search(tag, spoken);

    assertEquals(suggestion, result.suggestion());
    assertFalse(result.isEmpty(), spoken);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | a gift for my mom under 50 dollars          | 50
      en-US | something for a housewarming                |
      de-DE | ein Geschenk für meine Mutter unter 50 Euro | 50
      de-DE | ich suche ein Geschenk für meine Mutter     |
      """)
  void answers_a_gift_request_with_gift_ideas_within_the_price(String tag, String spoken, BigDecimal max) {
    SearchResult result = search(tag, spoken);

    assertTrue(result.gift(), spoken);
    assertFalse(result.isEmpty(), spoken);
    assertTrue(result.products().stream().noneMatch(p -> List.of("Sofas", "Beds", "Betten", "Chairs", "Stühle")
        .contains(p.category())), categories(result).toString());
    if (max != null) {
      assertTrue(result.products().stream().allMatch(p -> p.effectivePrice().amount().compareTo(max) <= 0));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | something for the kitchen | kitchen      | Sofas
      de-DE | etwas fürs Schlafzimmer   | Schlafzimmer | Gläser und Barzubehör
      """)
  void answers_a_room_with_products_for_it(String tag, String spoken, String topic, String foreign) {
    SearchResult result = search(tag, spoken);

    assertEquals(topic, result.topic());
    assertFalse(result.isEmpty(), spoken);
    assertFalse(categories(result).contains(foreign), categories(result).toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | pizza          | pizza
      en-US | do you have pizza | pizza
      de-DE | Pizza          | Pizza
      de-DE | Grüner Tee     | Tee
      """)
  void says_it_does_not_carry_food_instead_of_answering_with_what_sounds_alike(String tag, String spoken,
      String kind) {
    SearchResult result = search(tag, spoken);

    assertTrue(result.isEmpty(), spoken + " found " + result.products());
    assertEquals(kind, result.notCarried());
    assertNull(result.suggestion(), result.suggestion());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | pizz
      en-US | floor lana
      de-DE | Verdunkelungsrollo
      """)
  void makes_no_spelling_suggestion_that_swaps_in_an_unlike_word(String tag, String spoken) {
    SearchResult result = search(tag, spoken);

    assertTrue(result.suggestion() == null || !result.suggestion().matches("pink|.*lana.*|.*roll.*"),
        result.suggestion());
    assertTrue(result.isEmpty() || result.suggestion() != null, spoken + " found " + result.products());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | ikea billy  | bookcase    | Dressers
      en-US | ikea kivik  | sofa        | Sofas
      de-DE | IKEA Billy  | Bücherregal | Kommoden
      de-DE | IKEA Poäng  | Sessel      | Stühle
      """)
  void finds_the_kind_a_well_known_model_name_stands_for_and_says_so(String tag, String spoken, String kind,
      String category) {
    SearchResult result = search(tag, spoken);

    assertEquals(spoken, result.broadenedFrom().text());
    assertEquals(kind, result.query().text());
    assertEquals(List.of(category), categories(result));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | 2
      en-US | medium
      de-DE | 5x6
      """)
  void never_answers_a_lone_number_or_size(String tag, String spoken) {
    SearchResult result = search(tag, spoken);

    assertTrue(result.isEmpty(), spoken + " found " + result.products());
    assertNotEquals(List.of(), result.related());
  }
}
