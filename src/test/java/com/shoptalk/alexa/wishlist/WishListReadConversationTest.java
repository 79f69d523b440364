package com.shoptalk.alexa.wishlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.shoptalk.testing.Expect;
import com.shoptalk.testing.Found;
import com.shoptalk.testing.Ssml;
import com.shoptalk.testing.TestSkill;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading wish lists by voice, in both locales, through the Lambda entry point. */
class WishListReadConversationTest {
  private static final String[] SEVEN = {
      "natura-rug", "braided-rug", "jute-rug", "ben-pillow-cover", "lana-pillow-cover", "aria-rug", "amalia-rug"};

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
      en-US | what's on my wish list           | You have 7 things on your wish list.   | more | Say more
      de-DE | was steht auf meiner wunschliste | Auf deiner Wunschliste stehen 7 Sachen. | mehr | Sag mehr
      """)
  void reads_the_list_three_at_a_time_and_pages_with_more(
      String locale, String read, String intro, String more, String sayMore) {
    Shopper shopper = Shopper.newIn(skill, locale);
    shopper.saved(SEVEN);

    var first = shopper.say(read);
    var second = shopper.say(more);
    var third = shopper.say(more);

    assertEquals("ReadWishListIntent", first.heard().intent());
    Expect.startsWith(intro + " 1: " + name(shopper, 0) + ",", first.speech());
    Expect.contains("2: " + name(shopper, 1) + ",", first.speech());
    Expect.contains("3: " + name(shopper, 2) + ",", first.speech());
    Expect.doesNotContain("4:", first.speech());
    Expect.contains(sayMore, first.speech());
    Ssml.assertValid(first.ssml());

    Expect.startsWith("4: " + name(shopper, 3) + ",", second.speech());
    Expect.contains("6: " + name(shopper, 5) + ",", second.speech());
    Expect.doesNotContain("7:", second.speech());

    Expect.startsWith("7: " + name(shopper, 6) + ",", third.speech());
    Expect.doesNotContain(sayMore, third.speech());
    assertFalse(third.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | what's on my wish list           | the second one | tell me more    | Buy it, save it, or ask your friends?
      de-DE | was steht auf meiner wunschliste | die zweite     | erzähl mir mehr | Erhältlich in
      """)
  void chooses_from_the_list_by_position_and_tells_more(
      String locale, String read, String second, String tellMore, String details) {
    Shopper shopper = Shopper.newIn(skill, locale);
    shopper.saved(SEVEN);
    shopper.say(read);

    var chosen = shopper.say(second);
    var more = shopper.say(tellMore);

    assertEquals("SelectItemIntent", chosen.heard().intent());
    Expect.contains(name(shopper, 1), chosen.speech());
    Expect.startsWith(name(shopper, 1) + ",", more.speech());
    Expect.contains(details, more.speech());
    Ssml.assertValid(more.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | what's on my wish list           | 1: Braided Rug, $99.99. It's now $20 less than when you saved it.
      de-DE | was steht auf meiner wunschliste | 1: Geflochtener Teppich, 99,99 €. Das kostet jetzt 20 € weniger als beim Merken.
      """)
  void says_when_the_price_dropped_since_saving(String locale, String read, String drop) {
    Shopper shopper = Shopper.newIn(skill, locale);
    WishListItem now = WishListItem.of(shopper.product("braided-rug"));
    WishListItem dearer = new WishListItem(now.productId(), now.title(), now.spokenName(),
        now.price().add(new BigDecimal("20")), now.currency(), now.imageLink(), now.link(), null);
    skill.app().wishLists().add(shopper.account(), ListName.DEFAULT, dearer);
    shopper.saved("natura-rug");

    var turn = shopper.say(read);

    Expect.contains(drop, turn.speech());
    String dropSentence = drop.substring(drop.lastIndexOf(". ") + 2);
    assertEquals(1, turn.speech().split(Pattern.quote(dropSentence), -1).length - 1,
        () -> "only the cheaper product has a price drop: " + turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | what's on my wish list           | There's nothing on your wish list yet. Find something you like and say: save it.
      de-DE | was steht auf meiner wunschliste | Auf deiner Wunschliste steht noch nichts. Such dir etwas aus und sag: merk dir das.
      """)
  void an_empty_list_says_how_to_fill_it(String locale, String read, String empty) {
    Shopper shopper = Shopper.newIn(skill, locale);

    var turn = shopper.say(read);

    Expect.startsWith(empty, turn.speech());
    assertFalse(turn.sessionEnded());
    Ssml.assertValid(turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | save the second one | the third one | put it on my birthday list         | which lists do i have  | You have 2 lists: your wish list with one thing and your birthday list with one thing.
      de-DE | finde einen teppich | merk dir die zweite | die dritte    | setz es auf meine geburtstagsliste | welche listen habe ich | Du hast 2 Listen: deine Wunschliste mit einer Sache und deine Geburtstagsliste mit einer Sache.
      """)
  void names_every_list_with_its_size(
      String locale, String find, String save, String choose, String saveToBirthday, String which, String lists) {
    Shopper shopper = Shopper.newIn(skill, locale);
    shopper.say(find);
    shopper.say(save);
    shopper.say(choose);
    shopper.say(saveToBirthday);

    var turn = shopper.say(which);

    assertEquals("ListWishListsIntent", turn.heard().intent());
    Expect.startsWith(lists, turn.speech());
    Ssml.assertValid(turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | the third one | put it on my birthday list         | clear my birthday list       | yes | which lists do i have  | You have 2 lists: your wish list with one thing and your birthday list, which is empty.
      de-DE | finde einen teppich | die dritte    | setz es auf meine geburtstagsliste | leere meine geburtstagsliste | ja  | welche listen habe ich | Du hast 2 Listen: deine Wunschliste mit einer Sache und deine Geburtstagsliste, die noch leer ist.
      """)
  void an_emptied_list_is_named_as_empty(String locale, String find, String choose, String saveToBirthday,
      String clear, String yes, String which, String lists) {
    Shopper shopper = Shopper.newIn(skill, locale);
    shopper.saved("ben-pillow-cover");
    shopper.say(find);
    shopper.say(choose);
    shopper.say(saveToBirthday);
    shopper.say(clear);
    shopper.say(yes);

    var turn = shopper.say(which);

    Expect.startsWith(lists, turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | which lists do i have  | You don't have any lists yet.
      de-DE | welche listen habe ich | Du hast noch keine Listen.
      """)
  void a_new_shopper_has_no_lists(String locale, String which, String none) {
    var turn = Shopper.newIn(skill, locale).say(which);

    Expect.startsWith(none, turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | save the second one | what's on my wish list           | You have one thing on your wish list. 1: {2}            | There's nothing on your wish list yet.
      de-DE | finde einen teppich | merk dir die zweite | was steht auf meiner wunschliste | Auf deiner Wunschliste steht eine Sache. 1: {2}          | Auf deiner Wunschliste steht noch nichts.
      """)
  void a_recognized_voice_has_lists_of_its_own(
      String locale, String find, String save, String read, String hersRead, String emptyRead) {
    Shopper shopper = Shopper.newIn(skill, locale);
    shopper.device().person("amzn1.ask.person.ANNA");
    Found found = shopper.found(shopper.say(find));
    shopper.say(save);

    var anna = shopper.say(read);
    shopper.device().endSession();
    shopper.device().person(null);
    var account = shopper.say(read);
    shopper.device().person("amzn1.ask.person.BEN");
    var ben = shopper.say(read);

    Expect.startsWith(found.fill(hersRead), anna.speech());
    Expect.startsWith(emptyRead, account.speech());
    Expect.startsWith(emptyRead, ben.speech());
    assertEquals(1, shopper.productIds(shopper.person("amzn1.ask.person.ANNA"), ListName.DEFAULT).size());
    assertEquals(List.of(), shopper.productIds(ListName.DEFAULT));
  }

  private static String name(Shopper shopper, int index) {
    return shopper.product(SEVEN[index]).spokenName();
  }
}
