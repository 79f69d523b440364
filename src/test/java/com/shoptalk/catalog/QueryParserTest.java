package com.shoptalk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryParserTest {

  static final Locale US = Locale.forLanguageTag("en-US");
  static final Locale DE = Locale.forLanguageTag("de-DE");

  static SearchQuery en(String spoken) {
    return QueryParser.parse(spoken, US);
  }

  static SearchQuery de(String spoken) {
    return QueryParser.parse(spoken, DE);
  }

  static BigDecimal amount(String value) {
    return new BigDecimal(value);
  }

  @Test
  void reads_under_n_dollars_as_max_price() {
    SearchQuery q = en("running shoes under 50 dollars");
    assertEquals("running shoes", q.text());
    assertEquals(amount("50"), q.maxPrice());
    assertNull(q.minPrice());
  }

  @Test
  void reads_less_than_number_words_bucks() {
    SearchQuery q = en("a rug for less than fifty bucks");
    assertEquals("rug", q.text());
    assertEquals(amount("50"), q.maxPrice());
  }

  @Test
  void reads_compound_english_numbers() {
    assertEquals(amount("125"), en("lamps under one hundred twenty five dollars").maxPrice());
    assertEquals(amount("250"), en("sofa under two hundred and fifty dollars").maxPrice());
    assertEquals(amount("100"), en("chair under a hundred dollars").maxPrice());
    assertEquals(amount("45"), en("vase under forty-five dollars").maxPrice());
  }

  @Test
  void reads_between_as_price_range() {
    SearchQuery q = en("candles between 20 and 40 dollars");
    assertEquals("candles", q.text());
    assertEquals(amount("20"), q.minPrice());
    assertEquals(amount("40"), q.maxPrice());
  }

  @Test
  void reads_over_as_min_price() {
    SearchQuery q = en("beds over 100 dollars");
    assertEquals("beds", q.text());
    assertEquals(amount("100"), q.minPrice());
  }

  @Test
  void reads_dollar_sign_and_cents() {
    assertEquals(amount("19.99"), en("mugs under $19.99").maxPrice());
  }

  @Test
  void reads_cheapest_as_price_ascending() {
    SearchQuery q = en("the cheapest sofa");
    assertEquals("sofa", q.text());
    assertEquals(Sort.PRICE_ASCENDING, q.sort());
    assertEquals(Sort.PRICE_DESCENDING, en("most expensive bed").sort());
  }

  @Test
  void reads_in_colour_and_bare_colour() {
    assertEquals("blue", en("sofa in blue").color());
    assertEquals("sofa", en("sofa in blue").text());
    SearchQuery bare = en("grey armchair");
    assertEquals("gray", bare.color());
    assertEquals("armchair", bare.text());
  }

  @Test
  void reads_catalog_colour_names_of_several_words() {
    SearchQuery q = QueryParser.parse("royal blue chair", US, List.of("Royal Blue", "Pink"));
    assertEquals("royal blue", q.color());
    assertEquals("chair", q.text());
  }

  @Test
  void reads_from_brand() {
    SearchQuery q = en("running shoes from New Balance under 80 dollars");
    assertEquals("New Balance", q.brand());
    assertEquals("running shoes", q.text());
    assertEquals(amount("80"), q.maxPrice());
  }

  @Test
  void drops_leading_request_words_and_articles() {
    assertEquals("yoga mat", en("find a yoga mat").text());
    assertEquals("Lampe", de("ich suche eine Lampe").text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | then find side table              | side table
      en-US | also show me serving trays        | serving trays
      en-US | i also need a bottle opener       | bottle opener
      en-US | okay so find candles              | candles
      de-DE | such mal nach bettwäsche          | bettwäsche
      de-DE | such mal becher                   | becher
      de-DE | mal nach sofas                    | sofas
      de-DE | an gläsern                        | gläsern
      de-DE | und such gläser                   | gläser
      de-DE | ich such nen flaschenöffner       | flaschenöffner
      de-DE | dann zeig mir doch mal teppiche   | teppiche
      de-DE | ich hätte gerne eine teekanne     | teekanne
      """)
  void drops_what_is_said_around_the_request(String locale, String said, String text) {
    // these were echoed back: "I found one match for then find side table", "Treffer für mal nach bettwäsche"
    assertEquals(text, QueryParser.parse(said, Locale.forLanguageTag(locale)).text());
  }

  @Test
  void drops_a_preposition_the_request_words_left_first() {
    assertEquals("meine Küche", de("finde etwas für meine Küche").text());
    assertEquals("Flur", de("finde was für den Flur").text());
    assertEquals("my kitchen", en("find something for my kitchen").text());
    assertEquals("Kanne für Tee", de("Kanne für Tee").text());
  }

  @Test
  void reads_german_unter_euro() {
    SearchQuery q = de("Teppiche unter 100 Euro");
    assertEquals("Teppiche", q.text());
    assertEquals(amount("100"), q.maxPrice());
  }

  @Test
  void reads_german_hoechstens_and_bis() {
    assertEquals(amount("80"), de("Sessel höchstens 80 Euro").maxPrice());
    assertEquals(amount("50"), de("Kerzen bis 50 Euro").maxPrice());
    assertEquals(amount("50"), de("Kerzen bis zu fünfzig Euro").maxPrice());
  }

  @Test
  void reads_german_zwischen_und() {
    SearchQuery q = de("Gläser zwischen 20 und 40 Euro");
    assertEquals("Gläser", q.text());
    assertEquals(amount("20"), q.minPrice());
    assertEquals(amount("40"), q.maxPrice());
  }

  @Test
  void reads_german_ueber_as_min_price() {
    SearchQuery q = de("Betten über 100 Euro");
    assertEquals(amount("100"), q.minPrice());
    assertEquals("Betten", q.text());
  }

  @Test
  void reads_german_number_words_and_compounds() {
    assertEquals(amount("20"), de("Tasse unter zwanzig Euro").maxPrice());
    assertEquals(amount("100"), de("Lampe unter hundert Euro").maxPrice());
    assertEquals(amount("99"), de("Vase unter neunundneunzig Euro").maxPrice());
    assertEquals(amount("250"), de("Sofa unter zweihundertfünfzig Euro").maxPrice());
    assertEquals(amount("1500"), de("Bett unter eintausendfünfhundert Euro").maxPrice());
    assertEquals(amount("120"), de("Tisch unter hundert zwanzig Euro").maxPrice());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      a rug that's not too expensive              | rug
      a rug thats not too expensive               | rug
      a lamp that is not too expensive            | lamp
      sofas that aren't too expensive             | sofas
      something for my kitchen that doesn't cost too much | my kitchen
      a gift that won't break the bank            | gift
      reasonably priced armchairs                 | armchairs
      not too pricey candles                      | candles
      a vase for not too much money               | vase
      """)
  void reads_a_modest_price_as_cheapest_first(String said, String text) {
    SearchQuery q = en(said);
    assertEquals(text, q.text());
    assertEquals(Sort.PRICE_ASCENDING, q.sort());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ein Teppich der nicht zu teuer ist      | Teppich
      ein Teppich, der nicht allzu teuer ist  | Teppich
      Sessel die nicht so teuer sind          | Sessel
      ein Geschenk das nicht viel kostet      | Geschenk
      eine Lampe für wenig Geld               | Lampe
      erschwingliche Sofas                    | Sofas
      nicht zu teure Kerzen                   | Kerzen
      """)
  void reads_a_german_modest_price_as_cheapest_first(String said, String text) {
    SearchQuery q = de(said);
    assertEquals(text, q.text());
    assertEquals(Sort.PRICE_ASCENDING, q.sort());
  }

  @Test
  void expensive_alone_is_still_most_expensive_first() {
    assertEquals(Sort.PRICE_DESCENDING, en("an expensive rug").sort());
    assertEquals(Sort.PRICE_DESCENDING, de("ein teures Sofa").sort());
  }

  @Test
  void reads_german_cheapest_words() {
    assertEquals(Sort.PRICE_ASCENDING, de("günstigste Sofa").sort());
    assertEquals("Sofa", de("das billigste Sofa").text());
    assertEquals(Sort.PRICE_ASCENDING, de("das billigste Sofa").sort());
  }

  @Test
  void reads_german_colours_with_endings() {
    SearchQuery q = de("schwarze Teppiche");
    assertEquals("schwarz", q.color());
    assertEquals("Teppiche", q.text());
    assertEquals("schwarz", de("Sessel in Schwarz").color());
    assertEquals("Sessel", de("Sessel in Schwarz").text());
  }

  @Test
  void keeps_numbers_that_are_no_price_in_the_text() {
    assertEquals("three seater sofa", en("three seater sofa").text());
  }

  @Test
  void keeps_words_like_over_when_no_amount_follows() {
    assertEquals("over door hook", en("over the door hook").text());
  }

  @Test
  void reads_an_empty_request_as_an_empty_query() {
    assertEquals("", en("").text());
    assertEquals("", en(null).text());
  }
}
