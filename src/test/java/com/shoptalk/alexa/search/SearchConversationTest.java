package com.shoptalk.alexa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.catalog.Product;
import com.shoptalk.local.AlexaSimulator.Turn;
import com.shoptalk.local.UtteranceMatcher.Recognition;
import com.shoptalk.testing.Chat;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.Ssml;
import com.shoptalk.testing.TestSkill;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Searching by voice in both locales through the Lambda entry point: results, paging, choosing,
 * details, nothing found, one-shot and what is remembered. One skill for the class; every test is
 * its own Alexa account.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchConversationTest {
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
      en-US | find an armchair | I found {count} results for armchair. | Armchair | Results for armchair | Which one? Or say more.
      de-DE | finde einen sessel  | Ich habe {count} Treffer für sessel gefunden. | Sessel | Treffer für sessel | Welche Nummer? Oder sag: mehr.
      """)
  void search_reads_the_count_and_three_numbered_results_with_prices(
      String locale, String utterance, String heading, String word, String cardTitle, String hint) {
    Shopper shopper = shopper(locale);

    Turn turn = shopper.say(utterance);

    assertEquals("SearchIntent", turn.heard().intent());
    List<String> ids = Shopper.listed(turn);
    assertTrue(ids.size() > 3, "more than three results: " + ids);
    Expect.startsWith(heading.replace("{count}", Integer.toString(ids.size())), turn.speech());
    for (int n = 1; n <= 3; n++) {
      Product product = shopper.product(ids.get(n - 1));
      Expect.contains(shopper.item(n, product), turn.speech());
      Expect.contains(word.toLowerCase(Locale.ROOT), product.spokenName().toLowerCase(Locale.ROOT));
    }
    Expect.doesNotContain("4: ", turn.speech());
    assertTrue(turn.speech().endsWith(" " + hint), turn.speech());
    assertTrue(turn.speech().matches(shopper.german() ? ".*\\d,\\d\\d €.*|.*\\d €.*" : ".*\\$\\d.*"),
        "prices in the locale's currency: " + turn.speech());
    Ssml.assertValid(turn.ssml());
    assertFalse(turn.sessionEnded());
    String card = turn.card().orElseThrow();
    Expect.startsWith(cardTitle + "\n1. " + shopper.product(ids.get(0)).title(), card);
    Expect.contains("3. " + shopper.product(ids.get(2)).title(), card);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find candles
      en-US | find an armchair
      de-DE | zeig mir kerzen
      de-DE | finde einen sessel
      """)
  void three_results_are_read_in_at_most_24_words(String locale, String utterance) {
    Turn turn = shopper(locale).say(utterance);

    assertEquals(3, Shopper.listed(turn).stream().limit(3).count(), turn.speech());
    Expect.contains("3: ", turn.speech());
    long words = Arrays.stream(turn.speech().split("\\s+")).filter(w -> w.matches(".*\\w.*")).count();
    assertTrue(words <= 24, words + " words: " + turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | search for rugs under 200 dollars | rug     | under $200
      de-DE | suche teppiche unter 200 euro     | teppich | unter 200 €
      """)
  void search_with_a_price_limit_lists_only_products_under_it(String locale, String utterance, String word, String said) {
    Shopper shopper = shopper(locale);

    Turn turn = shopper.say(utterance);

    Expect.contains(said, turn.speech());
    List<String> ids = Shopper.listed(turn);
    assertFalse(ids.isEmpty(), turn.speech());
    for (String id : ids) {
      Product product = shopper.product(id);
      assertTrue(product.effectivePrice().amount().compareTo(new BigDecimal("200")) < 0, product + " costs 200 or more");
      Expect.contains(word, product.title().toLowerCase(Locale.ROOT));
    }
    Ssml.assertValid(turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | i want a rug that is not too expensive        | I found 8 results for rug.
      en-US | show me rugs that don't cost too much         | I found 8 results for rugs.
      de-DE | ich suche einen teppich der nicht zu teuer ist | Ich habe 8 Treffer für teppich gefunden.
      de-DE | zeig mir teppiche die nicht viel kosten        | Ich habe 8 Treffer für teppiche gefunden.
      """)
  void a_modest_price_lists_the_kind_cheapest_first(String locale, String utterance, String heading) {
    Shopper shopper = shopper(locale);

    Turn turn = shopper.say(utterance);

    assertEquals("SearchIntent", turn.heard().intent());
    Expect.startsWith(heading, turn.speech());
    List<BigDecimal> prices = Shopper.listed(turn).stream()
        .map(id -> shopper.product(id).effectivePrice().amount()).toList();
    assertEquals(prices.stream().sorted().toList(), prices, "cheapest first: " + turn.speech());
    Ssml.assertValid(turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | i'm looking for a sofa | sofa
      en-US | show me candles        | candle
      de-DE | ich suche ein sofa     | sofa
      de-DE | zeig mir kerzen        | kerze
      """)
  void other_ways_of_asking_find_the_product(String locale, String utterance, String word) {
    Shopper shopper = shopper(locale);

    Turn turn = shopper.say(utterance);

    assertEquals("SearchIntent", turn.heard().intent());
    Expect.startsWith(shopper.german() ? "Ich habe " : "I found ", turn.speech());
    Product first = shopper.product(Shopper.listed(turn).get(0));
    Expect.contains(shopper.item(1, first), turn.speech());
    Expect.contains(word, first.spokenName().toLowerCase(Locale.ROOT));
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a sofa        | more
      de-DE | finde ein sofa     | mehr
      """)
  void more_continues_the_numbering_with_the_next_three(String locale, String search, String more) {
    Shopper shopper = shopper(locale);
    List<String> ids = Shopper.listed(shopper.say(search));
    assertTrue(ids.size() >= 6, "at least six results: " + ids);

    Turn turn = shopper.say(more);

    assertEquals("AMAZON.NextIntent", turn.heard().intent());
    Expect.startsWith(shopper.item(4, shopper.product(ids.get(3))), turn.speech());
    Expect.contains(shopper.item(5, shopper.product(ids.get(4))), turn.speech());
    Expect.contains(shopper.item(6, shopper.product(ids.get(5))), turn.speech());
    Expect.doesNotContain("3: ", turn.speech());
    Expect.contains("4. " + shopper.product(ids.get(3)).title(), turn.card().orElseThrow());
    Ssml.assertValid(turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a lounge chair | more | That was all {count} of them.
      de-DE | finde einen teppich | mehr | Das waren alle {count}.
      """)
  void more_after_the_last_page_says_that_was_all(String locale, String search, String more, String end) {
    Shopper shopper = shopper(locale);
    int count = Shopper.listed(shopper.say(search)).size();
    for (int heard = 3; heard < count; heard += 3) {
      Expect.startsWith((heard + 1) + ": ", shopper.say(more).speech());
    }

    Turn turn = shopper.say(more);

    Expect.startsWith(end.replace("{count}", Integer.toString(count)), turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a sofa    | more | go back
      de-DE | finde ein sofa | mehr | zurück
      """)
  void go_back_reads_the_previous_three_again(String locale, String search, String more, String back) {
    Shopper shopper = shopper(locale);
    List<String> ids = Shopper.listed(shopper.say(search));
    shopper.say(more);

    Turn turn = shopper.say(back);

    assertEquals("AMAZON.PreviousIntent", turn.heard().intent());
    Expect.startsWith(shopper.item(1, shopper.product(ids.get(0))), turn.speech());
    Expect.doesNotContain("4: ", turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a sofa    | go back | These are the first ones. 1:
      de-DE | finde ein sofa | zurück  | Das sind die ersten. 1:
      """)
  void go_back_on_the_first_page_says_so_and_reads_it(String locale, String search, String back, String answer) {
    Shopper shopper = shopper(locale);
    shopper.say(search);

    Expect.startsWith(answer, shopper.say(back).speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a lounge chair | the second one | 2 | Number 2:
      en-US | find a lounge chair | number three   | 3 | Number 3:
      de-DE | finde einen sessel  | die zweite     | 2 | Nummer 2:
      de-DE | finde einen sessel  | nummer drei    | 3 | Nummer 3:
      """)
  void choosing_by_position_names_the_product_and_its_price(String locale, String search, String choose, int number, String intro) {
    Shopper shopper = shopper(locale);
    Product chosen = shopper.product(Shopper.listed(shopper.say(search)).get(number - 1));

    Turn turn = shopper.say(choose);

    assertEquals("SelectItemIntent", turn.heard().intent());
    Expect.startsWith(intro + " " + chosen.spokenName() + ", " + shopper.price(chosen) + ".", turn.speech());
    Expect.startsWith(chosen.title() + "\n", turn.card().orElseThrow());
    Ssml.assertValid(turn.ssml());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a lounge chair | the second one | how much is it        | {name} costs {price}.
      en-US | find a lounge chair | the second one | how much is the thing | {name} costs {price}.
      de-DE | finde einen sessel  | die zweite     | was kostet das        | {name} kostet {price}.
      de-DE | finde einen sessel  | die zweite     | was kostet das ding   | {name} kostet {price}.
      """)
  void the_chosen_product_stays_in_focus(String locale, String search, String choose, String ask, String answer) {
    Shopper shopper = shopper(locale);
    Product second = shopper.product(Shopper.listed(shopper.say(search)).get(1));
    shopper.say(choose);

    Turn turn = shopper.say(ask);

    assertEquals("PriceIntent", turn.heard().intent());
    assertEquals(answer.replace("{name}", second.spokenName()).replace("{price}", shopper.price(second)), turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a sofa    | more | the second one | 5
      en-US | find a sofa    | more | number two     | 2
      de-DE | finde ein sofa | mehr | die zweite     | 5
      de-DE | finde ein sofa | mehr | nummer zwei    | 2
      """)
  void after_paging_an_ordinal_counts_on_the_page_and_a_number_is_the_number_heard(
      String locale, String search, String more, String choose, int expected) {
    Shopper shopper = shopper(locale);
    List<String> ids = Shopper.listed(shopper.say(search));
    shopper.say(more);

    Turn turn = shopper.say(choose);

    Expect.contains(expected + ": " + shopper.product(ids.get(expected - 1)).spokenName() + ",", turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a lounge chair | number forty   | There's no number 40 here. Pick a number from 1 to {count}.
      de-DE | finde einen sessel  | nummer vierzig | Eine Nummer 40 gibt es hier nicht. Wähl eine Nummer von 1 bis {count}.
      """)
  void a_number_that_was_not_read_gets_a_clear_answer(String locale, String search, String choose, String answer) {
    Shopper shopper = shopper(locale);
    int count = Shopper.listed(shopper.say(search)).size();

    Turn turn = shopper.say(choose);

    assertEquals(answer.replace("{count}", Integer.toString(count)), turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a lounge chair | the second one | tell me more    | In
      de-DE | finde einen sessel  | die zweite     | erzähl mir mehr | Erhältlich in
      """)
  void tell_me_more_gives_price_colours_and_highlights(String locale, String search, String choose, String more, String colors) {
    Shopper shopper = shopper(locale);
    Product second = shopper.product(Shopper.listed(shopper.say(search)).get(1));
    shopper.say(choose);

    Turn turn = shopper.say(more);

    assertEquals("ProductDetailsIntent", turn.heard().intent());
    Expect.startsWith(second.spokenName() + ", " + shopper.price(second) + ".", turn.speech());
    String color = second.colors().get(0);
    Expect.contains(colors + " " + (shopper.german() ? color : color.toLowerCase(Locale.ROOT)), turn.speech());
    Expect.contains(second.highlights().get(0), turn.speech());
    Expect.startsWith(second.title() + "\n", turn.card().orElseThrow());
    Ssml.assertValid(turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a lounge chair | number three | what colors does it come in | {name} comes in {color}. Say buy it, or ask me more.
      de-DE | finde einen sessel  | nummer drei  | welche farben gibt es       | {name}: erhältlich in {color}. Sag: kauf es, oder frag mich mehr.
      """)
  void colours_are_those_of_the_product_in_focus(String locale, String search, String choose, String ask, String answer) {
    Shopper shopper = shopper(locale);
    Product third = shopper.product(Shopper.listed(shopper.say(search)).get(2));
    assertEquals(1, third.colors().size(), "the demo product has one colour");
    shopper.say(choose);

    Turn turn = shopper.say(ask);

    assertEquals("ColorsIntent", turn.heard().intent());
    String color = third.colors().get(0);
    assertEquals(answer.replace("{name}", third.spokenName())
        .replace("{color}", shopper.german() ? color : color.toLowerCase(Locale.ROOT)), turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a lounge chair | the second one | what do people say about it | There are no reviews for {name} yet.
      de-DE | finde einen sessel  | die zweite     | was sagen andere darüber    | {name}: noch keine Bewertungen.
      """)
  void reviews_of_a_product_without_any_say_so(String locale, String search, String choose, String ask, String answer) {
    Shopper shopper = shopper(locale);
    Product second = shopper.product(Shopper.listed(shopper.say(search)).get(1));
    assertTrue(second.reviews().isEmpty(), "the demo catalog has no reviews");
    shopper.say(choose);

    Turn turn = shopper.say(ask);

    assertEquals("ReviewsIntent", turn.heard().intent());
    assertEquals(answer.replace("{name}", second.spokenName()), turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find xqzzy blorpf  | Sorry, I couldn't find anything for xqzzy blorpf. Try other words, for example:
      de-DE | finde xqzzy blorpf | Tut mir leid, für xqzzy blorpf habe ich nichts gefunden. Versuch es mit anderen Worten, zum Beispiel:
      """)
  void gibberish_gets_examples_and_the_shopper_can_go_on(String locale, String utterance, String answer) {
    Shopper shopper = shopper(locale);

    Turn turn = shopper.say(utterance);

    Expect.startsWith(answer, turn.speech());
    assertFalse(turn.sessionEnded());
    assertTrue(turn.response().path("response").path("reprompt").path("outputSpeech").path("ssml").asText().length() > 20,
        "keeps listening with a reprompt");
    Ssml.assertValid(turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find chesee      | I couldn't find anything for chesee. Did you mean cheese?       | yes | I found
      de-DE | finde barhcoker  | Für barhcoker habe ich nichts gefunden. Meintest du barhocker? | ja  | Ich habe
      """)
  void a_spelling_suggestion_is_searched_after_yes(String locale, String utterance, String question, String yes, String found) {
    Shopper shopper = shopper(locale);
    Turn asked = shopper.say(utterance);
    Expect.startsWith(question, asked.speech());
    var suggestion = Pattern.compile("(?:Did you mean|Meintest du) (.+)\\?$").matcher(asked.speech());
    assertTrue(suggestion.find(), asked.speech());

    Turn turn = shopper.say(yes);

    assertEquals("AMAZON.YesIntent", turn.heard().intent());
    Expect.startsWith(found, turn.speech());
    Expect.contains(suggestion.group(1), turn.speech());
    assertFalse(Shopper.listed(turn).isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a sofa under 5 dollars | I found nothing for sofa under $5, but {count} results for sofa. 1:
      de-DE | finde ein sofa unter 5 euro | Für sofa unter 5 € habe ich nichts gefunden, aber {count} Treffer für sofa. 1:
      """)
  void when_nothing_matches_a_broader_search_is_offered(String locale, String utterance, String answer) {
    Shopper shopper = shopper(locale);

    Turn turn = shopper.say(utterance);

    Expect.startsWith(answer.replace("{count}", Integer.toString(Shopper.listed(turn).size())), turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | i am looking for something to put my plants in | one match for planter
      en-US | find artificial plants                          | I found nothing for artificial plants, but one match for planter
      de-DE | habt ihr pflanzen                               | einen Treffer für Blumentopf
      """)
  void plants_the_shop_does_not_sell_find_what_to_put_them_in(String locale, String utterance, String answer) {
    Shopper shopper = shopper(locale);

    Turn turn = shopper.say(utterance);

    // it said "We don't carry plants" to a shopper looking for a planter
    Expect.contains(answer, turn.speech());
    assertEquals(List.of("indoor-jute-planter"), Shopper.listed(turn));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | red armchairs | I found nothing for armchairs in red, but {count} results for armchairs. 1:
      de-DE | rote sessel   | Für sessel in Rot habe ich nichts gefunden, aber {count} Treffer für sessel. 1:
      de-DE | lila kissen   | Für kissen in Lila habe ich nichts gefunden, aber {count} Treffer für kissen. 1:
      """)
  void a_kind_said_alone_in_a_colour_the_shop_lacks_is_offered_in_others(String locale, String utterance,
      String answer) {
    Shopper shopper = shopper(locale);

    Turn turn = shopper.say(utterance);

    // heard as the lone product slot, which answered "sorry, I didn't get that" when only the colour was missing
    assertEquals("SearchIntent", turn.heard().intent());
    assertEquals(utterance, turn.heard().slots().get("itemName").value(), "heard as the lone product slot");
    Expect.startsWith(answer.replace("{count}", Integer.toString(Shopper.listed(turn).size())), turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a lunch chair        | lounge chair
      de-DE | finde einen lounge sesel  | lounge
      """)
  void a_misheard_search_still_finds_what_was_meant(String locale, String utterance, String meant) {
    Shopper shopper = shopper(locale);

    Turn turn = shopper.say(utterance);

    List<String> ids = Shopper.listed(turn);
    assertTrue(ids.size() >= 2, turn.speech());
    for (String id : ids.subList(0, 2)) {
      Expect.contains(meant, shopper.product(id).title().toLowerCase(Locale.ROOT));
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | ask shop talk to find a wine glass          | I found  | wine glass
      de-DE | öffne einkaufs helfer und suche weingläser  | Ich habe | weinglas
      """)
  void one_shot_answers_directly_in_a_new_session(String locale, String utterance, String found, String word) {
    Shopper shopper = shopper(locale);

    Turn turn = shopper.say(utterance);

    assertEquals(Recognition.Kind.ONE_SHOT, turn.heard().kind());
    assertTrue(turn.request().path("session").path("new").asBoolean(), "a new session");
    Expect.startsWith(found, turn.speech());
    Expect.contains(word, shopper.product(Shopper.listed(turn).get(0)).title().toLowerCase(Locale.ROOT));
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a lounge chair | repeat
      de-DE | finde einen sessel  | wiederholen
      """)
  void repeat_reads_the_results_again(String locale, String search, String repeat) {
    Shopper shopper = shopper(locale);
    Turn results = shopper.say(search);

    Turn turn = shopper.say(repeat);

    assertEquals("AMAZON.RepeatIntent", turn.heard().intent());
    assertEquals(results.speech(), turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | the second one
      en-US | number three
      en-US | tell me more
      en-US | how much is it
      en-US | what colors does it come in
      en-US | what do people say about it
      en-US | more
      en-US | go back
      en-US | cheaper ones
      en-US | only in blue
      de-DE | die zweite
      de-DE | erzähl mir mehr
      de-DE | was kostet das
      de-DE | welche farben gibt es
      de-DE | was sagen andere darüber
      de-DE | mehr
      de-DE | zurück
      de-DE | günstigere
      de-DE | nur in schwarz
      """)
  void asked_before_any_search_the_shopper_is_asked_what_to_find(String locale, String utterance) {
    Shopper shopper = shopper(locale);

    Turn turn = shopper.say(utterance);

    assertFalse(turn.heard().intent().startsWith("AMAZON.Fallback"), "understood: " + turn.heard());
    Expect.doesNotContain(shopper.german() ? "schiefgelaufen" : "went wrong", turn.speech());
    assertTrue(turn.speech().matches(shopper.german() ? ".*\\b([Ss]uch|[Ww]onach).*\\?.*" : ".*\\b(looking for|search).*\\?.*"),
        "asks what to search for: " + turn.speech());
    assertFalse(turn.sessionEnded());
    Ssml.assertValid(turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | open shop talk        | find a lounge chair | find xqzzy blorpf  | Welcome back! Last time you searched for lounge chair.
      de-DE | öffne einkaufs helfer | finde einen sessel  | finde xqzzy blorpf | Willkommen zurück! Deine letzte Suche war: sessel.
      """)
  void the_last_search_that_found_something_is_remembered_across_sessions(
      String locale, String open, String search, String nothing, String welcomeBack) {
    Shopper shopper = shopper(locale);
    shopper.say(open);
    shopper.say(search);
    shopper.say(nothing);
    shopper.device.endSession();

    Turn turn = shopper.say(open);

    Expect.startsWith(welcomeBack, turn.speech());
    Turn again = shopper.say(shopper.german() ? "ja" : "yes");
    Expect.startsWith(shopper.german() ? "Ich habe" : "I found", again.speech());
    assertTrue(Shopper.listed(again).size() > 0, again.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | open shop talk        | find a lounge chair | de-DE | öffne einkaufs helfer | Willkommen zurück
      de-DE | öffne einkaufs helfer | finde einen sessel  | en-US | open shop talk        | Welcome back
      """)
  void a_search_said_in_the_other_language_is_not_offered_in_this_one(
      String locale, String open, String search, String otherLocale, String openOther, String welcomeBack) {
    Shopper shopper = shopper(locale);
    shopper.say(open);
    shopper.say(search);
    shopper.device.endSession();
    shopper.device.locale(otherLocale); // a household that speaks both, one account

    Turn turn = shopper.say(openOther);

    Expect.startsWith(welcomeBack, turn.speech());
    Expect.doesNotContain(otherLocale.equals("de-DE") ? "lounge" : "sessel", turn.speech().toLowerCase(Locale.ROOT));
    Expect.doesNotContain(otherLocale.equals("de-DE") ? "letzte Suche" : "Last time", turn.speech());
    shopper.device.endSession();
    shopper.device.locale(locale);
    Expect.startsWith(open.startsWith("open") ? "Welcome back! Last time you searched for lounge chair."
        : "Willkommen zurück! Deine letzte Suche war: sessel.", shopper.say(open).speech());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void every_price_read_is_in_the_locale_currency(String locale) {
    Shopper shopper = shopper(locale);

    Turn turn = shopper.say(shopper.german() ? "finde ein sofa" : "find a sofa");

    String otherCurrency = shopper.german() ? "$" : "€";
    Expect.doesNotContain(otherCurrency, turn.speech());
    Expect.doesNotContain(otherCurrency, turn.card().orElseThrow());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | my sister would love that         | Sorry, I didn't get that.
      de-DE | finde einen teppich | meine schwester würde das lieben  | Entschuldigung, das habe ich nicht verstanden.
      """)
  void a_lone_recipient_is_no_gift_search_and_the_listing_stays(String locale, String search, String said, String answer) {
    Chat chat = Chat.on(skill, locale);
    List<String> listed = Chat.listed(chat.say(search));

    Turn turn = chat.say(said);

    assertEquals("SearchIntent", turn.heard().intent());
    Expect.startsWith(answer, turn.speech());
    Expect.doesNotContain(locale.equals("de-DE") ? "Geschenkideen" : "gift ideas", turn.speech());
    assertEquals(listed.get(0), Chat.focus(chat.say(locale.equals("de-DE") ? "der erste" : "the first one")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | a birthday present for my mom   | gift ideas
      en-US | find something for my sister's birthday | gift ideas
      de-DE | ein geburtstagsgeschenk für meine mutter | Geschenkideen
      de-DE | finde etwas zum geburtstag meiner schwester | Geschenkideen
      """)
  void gifts_said_with_a_gift_word_or_a_search_verb_are_still_gift_ideas(String locale, String said, String heading) {
    Turn turn = Chat.on(skill, locale).say(said);

    assertEquals("SearchIntent", turn.heard().intent());
    Expect.contains(heading, turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | show me a couple of armchairs | armchairs  | gift ideas
      de-DE | zeig mir ein paar sessel      | sessel     | Geschenkideen
      en-US | find a gift for a couple      | gift ideas | armchairs
      de-DE | finde ein geschenk für ein paar | Geschenkideen | sessel
      """)
  void a_few_of_something_is_no_gift_for_a_couple(String locale, String said, String heard, String notHeard) {
    Turn turn = Chat.on(skill, locale).say(said);

    assertEquals("SearchIntent", turn.heard().intent());
    Expect.contains(heard, turn.speech());
    Expect.doesNotContain(notHeard, turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | any deals on coffee tables        | The shop doesn't tell me about sales or discounts, but say sort by price to hear the cheapest first. I found 2 results for coffee tables. 1:
      de-DE | gibt es angebote bei couchtischen | Über Angebote und Rabatte sagt mir der Shop nichts, aber sag: sortiere nach Preis, dann hörst du die günstigsten zuerst. Ich habe 2 Treffer für couchtischen gefunden. 1:
      """)
  void asked_for_deals_on_something_the_shopper_hears_the_shop_does_not_say_and_gets_it(
      String locale, String said, String answer) {
    Turn turn = Chat.on(skill, locale).say(said);

    assertEquals("SearchIntent", turn.heard().intent());
    Expect.startsWith(answer, turn.speech());
    Ssml.assertValid(turn.ssml());
  }
}
