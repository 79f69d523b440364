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
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The list as a whole, in both locales on the demo catalog: the cheapest, the most expensive or the best rated of
 * it, sorted, counted and read again; for search results and for a wish list.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListOrderConversationTest {
  private TestSkill skill;

  @BeforeAll
  void start() {
    skill = TestSkill.start();
  }

  @AfterAll
  void stop() {
    skill.close();
  }

  private static List<Product> products(Chat chat, List<String> ids) {
    return ids.stream().map(chat::product).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find an armchair   | which one is the cheapest  | tell me more    | The cheapest is number {n}, {name}, at {price}. Say tell me more, or buy it.
      de-DE | finde einen sessel | welcher ist der günstigste | erzähl mir mehr | Am günstigsten ist Nummer {n}, {name}, für {price}. Sag: erzähl mir mehr, oder kauf es.
      """)
  void the_cheapest_of_all_results_is_named_and_put_in_focus(
      String locale, String search, String ask, String more, String answer) {
    Chat chat = Chat.on(skill, locale);
    List<String> listed = Chat.listed(chat.say(search));
    Product cheapest = products(chat, listed).stream().min(Comparator.comparing(Product::effectivePrice)).orElseThrow();
    int number = listed.indexOf(cheapest.id()) + 1;

    Turn turn = chat.say(ask);

    assertEquals("SuperlativeIntent", turn.heard().intent());
    assertEquals(answer.replace("{n}", Integer.toString(number)).replace("{name}", cheapest.spokenName())
        .replace("{price}", chat.price(cheapest)), turn.speech());
    Ssml.assertValid(turn.ssml());
    Expect.startsWith(cheapest.title() + "\n", turn.card().orElseThrow());
    Expect.startsWith(cheapest.spokenName() + ", ", chat.say(more).speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug         | which is the most expensive | The most expensive is number {n}, {name}, at {price}.
      de-DE | finde einen teppich | welches ist das teuerste    | Am teuersten ist Nummer {n}, {name}, für {price}.
      """)
  void the_most_expensive_is_named(String locale, String search, String ask, String answer) {
    Chat chat = Chat.on(skill, locale);
    List<String> listed = Chat.listed(chat.say(search));
    List<Product> products = products(chat, listed);
    Product dearest = products.stream().filter(p -> products.stream()
        .noneMatch(other -> other.effectivePrice().compareTo(p.effectivePrice()) > 0)).findFirst().orElseThrow();

    Turn turn = chat.say(ask);

    Expect.startsWith(answer.replace("{n}", Integer.toString(listed.indexOf(dearest.id()) + 1))
        .replace("{name}", dearest.spokenName()).replace("{price}", chat.price(dearest)), turn.speech());
    assertEquals(dearest.id(), Chat.focus(turn));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | which one is the biggest | The biggest is number {n}, Jute Rug: 10 by 12 feet. The shop gives no size for number {none}. Say tell me more, or buy it.
      de-DE | finde einen teppich | welcher ist am größten   | Am größten ist Nummer {n}, Jute Teppich: 10 mal 12 Fuß. Für Nummer {none} nennt der Shop keine Größe. Sag: erzähl mir mehr, oder kauf es.
      """)
  void the_biggest_is_named_from_the_sizes_the_shop_gives(String locale, String search, String ask, String answer) {
    Chat chat = Chat.on(skill, locale);
    List<String> listed = Chat.listed(chat.say(search));
    List<Product> products = products(chat, listed);
    Product sizeless = products.stream().filter(p -> p.sizes().isEmpty() && p.dimensions().isEmpty()).findFirst()
        .orElseThrow();

    Turn turn = chat.say(ask);

    assertEquals("SuperlativeIntent", turn.heard().intent());
    assertEquals(answer.replace("{n}", Integer.toString(listed.indexOf("jute-rug") + 1))
        .replace("{none}", Integer.toString(listed.indexOf(sizeless.id()) + 1)), turn.speech());
    assertEquals("jute-rug", Chat.focus(turn));
    Ssml.assertValid(turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | which one is the smallest | Numbers {a} and {b} are the smallest, 3 by 5 feet each.
      de-DE | finde einen teppich | welcher ist der kleinste  | Nummer {a} und {b} sind am kleinsten, je 3 mal 5 Fuß.
      """)
  void rugs_of_the_same_size_are_the_smallest_together(String locale, String search, String ask, String answer) {
    Chat chat = Chat.on(skill, locale);
    List<String> listed = Chat.listed(chat.say(search));
    List<Integer> numbers = java.util.stream.Stream.of("cobblestone-rug", "meadow-rug")
        .map(id -> listed.indexOf(id) + 1).filter(n -> n > 0).sorted().toList();

    Turn turn = chat.say(ask);

    assertEquals(2, numbers.size(), "the two 15 square feet rugs are listed: " + listed);
    Expect.startsWith(answer.replace("{a}", numbers.get(0).toString()).replace("{b}", numbers.get(1).toString()),
        turn.speech());
    assertFalse(turn.sessionEnded());
    Ssml.assertValid(turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | anything bigger       | Bigger than Natura Rug: number {n}, Jute Rug, 10 by 12 feet. Which one should I tell you about?
      de-DE | finde einen teppich | gibt es was größeres  | Größer als Natura Teppich: Nummer {n}, Jute Teppich, 10 mal 12 Fuß. Über welchen soll ich dir mehr erzählen?
      """)
  void something_bigger_names_the_listed_ones_bigger_than_the_one_in_focus(
      String locale, String search, String ask, String answer) {
    Chat chat = Chat.on(skill, locale);
    List<String> listed = Chat.listed(chat.say(search));
    int natura = listed.indexOf("natura-rug") + 1;
    assertEquals("natura-rug", Chat.focus(chat.say((chat.german() ? "nummer " : "number ") + natura)));

    Turn turn = chat.say(ask);

    assertEquals("OtherSizeIntent", turn.heard().intent());
    assertEquals(answer.replace("{n}", Integer.toString(listed.indexOf("jute-rug") + 1)), turn.speech());
    assertFalse(turn.sessionEnded());
    Ssml.assertValid(turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a sofa  | the first one | something smaller maybe              | The shop gives no size for {name}, so I can't tell which ones are smaller.
      de-DE | finde sofas  | die erste     | ich bräuchte was kleineres vielleicht | Für {name} nennt der Shop keine Größe, darum kann ich nicht sagen, welche kleiner sind.
      """)
  void something_smaller_than_a_product_without_a_size_is_not_guessed(
      String locale, String search, String choose, String ask, String answer) {
    Chat chat = Chat.on(skill, locale);
    List<String> listed = Chat.listed(chat.say(search));
    chat.say(choose);

    Turn turn = chat.say(ask);

    assertEquals("OtherSizeIntent", turn.heard().intent());
    Expect.startsWith(answer.replace("{name}", chat.product(listed.get(0)).spokenName()), turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a sofa      | anything with drawers         | Sorry, I didn't get that.
      de-DE | finde sofas      | was meinst du                 | Entschuldigung, das habe ich nicht verstanden.
      de-DE | finde sofas      | was soll das                  | Entschuldigung, das habe ich nicht verstanden.
      de-DE | finde teppiche   | was hast du noch an gläsern   | Ich habe {count} Treffer für gläsern gefunden.
      """)
  void words_that_only_fit_a_size_samples_shape_get_no_answer_about_sizes(
      String locale, String search, String ask, String answer) {
    Chat chat = Chat.on(skill, locale);
    chat.say(search);

    Turn turn = chat.say(ask);

    // "was {change}" fits "was meinst du" by shape; it answered that the shop gives no sizes to compare
    assertEquals("OtherSizeIntent", turn.heard().intent());
    Expect.startsWith(answer.replace("{count}", Integer.toString(Chat.listed(turn).size())), turn.speech());
    assertFalse(turn.speech().contains(locale.equals("de-DE") ? "Größe" : "size"), turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a sofa | and the cheapest king bed  | I found one match for king bed.
      de-DE | finde sofas | okay den günstigsten teppich | Ich habe {count} Treffer für teppich gefunden.
      """)
  void a_superlative_with_a_kind_is_a_search_sorted_that_way(String locale, String search, String ask, String answer) {
    Chat chat = Chat.on(skill, locale);
    chat.say(search);

    Turn turn = chat.say(ask);

    // it asked back "the cheapest, the most expensive, or the best rated?" though the cheapest was asked for
    assertEquals("SuperlativeIntent", turn.heard().intent());
    List<String> listed = Chat.listed(turn);
    Expect.startsWith(answer.replace("{count}", Integer.toString(listed.size())), turn.speech());
    List<BigDecimal> prices = listed.stream().map(id -> chat.product(id).effectivePrice().amount()).toList();
    assertEquals(prices.stream().sorted().toList(), prices, "cheapest first: " + turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | something smaller maybe  | Let's find something first.
      de-DE | gibt es was kleineres    | Lass uns zuerst etwas finden.
      """)
  void something_smaller_before_any_search_asks_what_to_find(String locale, String ask, String answer) {
    Turn turn = Chat.on(skill, locale).say(ask);

    assertEquals("OtherSizeIntent", turn.heard().intent());
    Expect.startsWith(answer, turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a sofa  | which one is the biggest | The shop doesn't give sizes I can compare for these.
      de-DE | finde sofas  | welches ist das größte   | Der Shop nennt für diese keine Größen, die ich vergleichen kann.
      """)
  void without_sizes_the_biggest_is_not_guessed(String locale, String search, String ask, String answer) {
    Chat chat = Chat.on(skill, locale);
    chat.say(search);

    Turn turn = chat.say(ask);

    assertEquals("SuperlativeIntent", turn.heard().intent());
    Expect.startsWith(answer, turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find an armchair   | which one is the best rated | None of them has ratings or reviews yet. Say sort by price to hear the cheapest first.
      de-DE | finde einen sessel | welcher ist der beste       | Dafür gibt es noch keine Bewertungen. Sag: nach Preis sortieren, dann hörst du die günstigsten zuerst.
      """)
  void best_rated_without_reviews_says_so(String locale, String search, String ask, String answer) {
    Chat chat = Chat.on(skill, locale);
    chat.say(search);

    Turn turn = chat.say(ask);

    assertEquals(answer, turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find an armchair   | sort by price                    | Sorted by price, cheapest first. 1: | false
      en-US | find an armchair   | sort them by most expensive      | Sorted by price, most expensive first. 1: | true
      de-DE | finde einen sessel | sortiere nach preis              | Nach Preis sortiert, die günstigsten zuerst. 1: | false
      de-DE | finde einen sessel | sortiere sie nach höchstem preis | Nach Preis sortiert, die teuersten zuerst. 1: | true
      """)
  void sorting_reads_the_list_again_in_that_order(String locale, String search, String ask, String intro, boolean dearestFirst) {
    Chat chat = Chat.on(skill, locale);
    List<String> before = Chat.listed(chat.say(search));

    Turn turn = chat.say(ask);

    assertEquals("SortIntent", turn.heard().intent());
    List<String> after = Chat.listed(turn);
    Comparator<Product> byPrice = Comparator.comparing(Product::effectivePrice);
    List<Product> expected = products(chat, before).stream()
        .sorted(dearestFirst ? byPrice.reversed() : byPrice).toList();
    assertEquals(expected.stream().map(p -> p.effectivePrice()).toList(),
        products(chat, after).stream().map(p -> p.effectivePrice()).toList());
    Expect.startsWith(intro + " " + products(chat, after).get(0).spokenName() + ", ", turn.speech());
    Ssml.assertValid(turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find an armchair   | sort them   | Sort by price or by rating?
      de-DE | finde einen sessel | sortiere sie | Nach Preis oder nach Bewertung sortieren?
      """)
  void sorting_without_an_order_asks_which(String locale, String search, String ask, String answer) {
    Chat chat = Chat.on(skill, locale);
    chat.say(search);

    assertEquals(answer, chat.say(ask).speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find an armchair   | how many are there | There are {count} of them. You've heard up to number 3. Say more for the next ones.
      de-DE | finde einen sessel | wie viele sind es  | Es sind {count} Stück. Du hast bis Nummer 3 gehört. Sag mehr für die nächsten.
      """)
  void how_many_counts_all_results(String locale, String search, String ask, String answer) {
    Chat chat = Chat.on(skill, locale);
    int count = Chat.listed(chat.say(search)).size();

    Turn turn = chat.say(ask);

    assertEquals("CountIntent", turn.heard().intent());
    assertEquals(answer.replace("{count}", Integer.toString(count)), turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find the meadow rug     | how many are there | There's just one. Say tell me more, or buy it.
      de-DE | finde den wiesenteppich | wie viele sind es  | Es ist nur eins. Sag: erzähl mir mehr, oder kauf es.
      """)
  void a_single_result_is_counted_with_what_to_do_next(String locale, String search, String ask, String answer) {
    Chat chat = Chat.on(skill, locale);
    chat.say(search);

    Chat.assertAnswered(answer, chat.say(ask));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find an armchair   | more | read them again       | 4:
      de-DE | finde einen sessel | mehr | lies sie noch mal vor | 4:
      """)
  void read_them_again_reads_the_page_just_heard(String locale, String search, String more, String ask, String start) {
    Chat chat = Chat.on(skill, locale);
    chat.say(search);
    Turn page = chat.say(more);

    Turn turn = chat.say(ask);

    assertEquals("ReadAgainIntent", turn.heard().intent());
    Expect.startsWith(start, turn.speech());
    assertEquals(page.speech(), turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find an armchair   | save the first one | save the second one | what's on my wish list          | how many are there | There are 2 of them. Pick one by its number.
      de-DE | finde einen sessel | merk dir den ersten | merk dir den zweiten | was steht auf meiner wunschliste | wie viele sind es  | Es sind 2 Stück. Nenn mir eine Nummer.
      """)
  void a_wish_list_is_counted_too(String locale, String search, String save1, String save2, String read, String ask,
      String answer) {
    Chat chat = Chat.on(skill, locale);
    chat.say(search);
    chat.say(save1);
    chat.say(save2);
    chat.say(read);

    assertEquals(answer, chat.say(ask).speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | how many are there | Let's find something first. What are you looking for?
      en-US | read them again    | Let's find something first. What are you looking for?
      de-DE | wie viele sind es  | Lass uns zuerst etwas finden. Was suchst du?
      de-DE | sortiere nach preis | Lass uns zuerst etwas finden. Was suchst du?
      """)
  void without_a_list_the_shopper_hears_what_to_do(String locale, String ask, String answer) {
    Turn turn = Chat.on(skill, locale).say(ask);

    assertEquals(answer, turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find an armchair    | is there anything on sale | The shop doesn't tell me about sales or discounts, so here they are by price, cheapest first. 1:
      de-DE | finde einen sessel  | gibt es was im angebot    | Über Angebote und Rabatte sagt mir der Shop nichts, deshalb hier nach Preis, die günstigsten zuerst. 1:
      """)
  void asked_for_sales_the_shopper_hears_the_shop_does_not_say_and_the_cheapest_first(
      String locale, String search, String ask, String intro) {
    Chat chat = Chat.on(skill, locale);
    List<String> before = Chat.listed(chat.say(search));

    Turn turn = chat.say(ask);

    assertEquals("SortIntent", turn.heard().intent());
    List<Product> after = products(chat, Chat.listed(turn));
    assertEquals(products(chat, before).stream().map(Product::effectivePrice).sorted().toList(),
        after.stream().map(Product::effectivePrice).toList());
    Expect.startsWith(intro + " " + after.get(0).spokenName() + ", ", turn.speech());
    Ssml.assertValid(turn.ssml());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | is there anything on sale | The shop doesn't tell me about sales or discounts. Search for something, and I can list the cheapest first.
      de-DE | gibt es was im angebot    | Über Angebote und Rabatte sagt mir der Shop nichts. Such etwas, dann nenne ich dir die günstigsten zuerst.
      """)
  void asked_for_sales_before_a_search_the_shopper_hears_what_to_do(String locale, String ask, String answer) {
    Turn turn = Chat.on(skill, locale).say(ask);

    assertEquals(answer, turn.speech());
    assertFalse(turn.sessionEnded());
  }
}
