package com.shoptalk.alexa.wishlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** Taking things off wish lists and clearing them by voice, in both locales. */
class WishListRemoveConversationTest {
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
      en-US | what's on my wish list           | remove the first one | Removed Natura Rug from your wish list.
      de-DE | was steht auf meiner wunschliste | entferne die erste   | Natura Teppich steht nicht mehr auf deiner Wunschliste.
      """)
  void removes_by_position_while_reading(String locale, String read, String remove, String removed) {
    Shopper shopper = Shopper.newIn(skill, locale);
    shopper.saved("natura-rug", "ben-pillow-cover", "braided-rug");
    shopper.say(read);

    var turn = shopper.say(remove);

    assertEquals("RemoveFromWishListIntent", turn.heard().intent());
    Expect.startsWith(removed, turn.speech());
    assertFalse(turn.sessionEnded());
    Ssml.assertValid(turn.ssml());
    assertEquals(List.of("ben-pillow-cover", "braided-rug"), shopper.productIds(ListName.DEFAULT));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | what's on my wish list           | more | remove the first one | Removed Aria Rug from your wish list.
      de-DE | was steht auf meiner wunschliste | mehr | entferne die erste   | Teppich Aria steht nicht mehr auf deiner Wunschliste.
      """)
  void the_first_one_on_the_second_page_is_the_first_one_heard_there(
      String locale, String read, String more, String remove, String removed) {
    Shopper shopper = Shopper.newIn(skill, locale);
    shopper.saved("natura-rug", "ben-pillow-cover", "braided-rug", "aria-rug", "jute-rug");
    shopper.say(read);
    shopper.say(more);

    var turn = shopper.say(remove);

    Expect.startsWith(removed, turn.speech());
    assertEquals(List.of("natura-rug", "ben-pillow-cover", "braided-rug", "jute-rug"), shopper.productIds(ListName.DEFAULT));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | remove the rug from my wish list      | Removed Braided Rug from your wish list.
      de-DE | lösche teppich von meiner wunschliste | Geflochtener Teppich steht nicht mehr auf deiner Wunschliste.
      """)
  void removes_by_name(String locale, String remove, String removed) {
    Shopper shopper = Shopper.newIn(skill, locale);
    shopper.saved("ben-pillow-cover", "braided-rug");

    var turn = shopper.say(remove);

    assertEquals("RemoveFromWishListIntent", turn.heard().intent());
    Expect.startsWith(removed, turn.speech());
    assertEquals(List.of("ben-pillow-cover"), shopper.productIds(ListName.DEFAULT));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | remove the picture from my wish list   | Removed Purple Minimalist Abstract Painting from your wish list.
      de-DE | entferne das bild von meiner wunschliste | Lila Minimalistische Abstrakte Malerei steht nicht mehr auf deiner Wunschliste.
      """)
  void removes_by_what_the_shop_calls_it_when_the_name_has_other_words(String locale, String remove, String removed) {
    Shopper shopper = Shopper.newIn(skill, locale);
    shopper.saved("ben-pillow-cover", "purple-minimalist-abstract-painting");

    var turn = shopper.say(remove);

    assertEquals("RemoveFromWishListIntent", turn.heard().intent());
    Expect.startsWith(removed, turn.speech());
    assertEquals(List.of("ben-pillow-cover"), shopper.productIds(ListName.DEFAULT));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | remove the lamp from my wish list    | I couldn't find lamp on your wish list.
      de-DE | lösche lampe von meiner wunschliste | lampe habe ich auf deiner Wunschliste nicht gefunden.
      """)
  void removing_something_not_on_the_list_says_so_and_keeps_the_list(String locale, String remove, String notFound) {
    Shopper shopper = Shopper.newIn(skill, locale);
    shopper.saved("ben-pillow-cover", "braided-rug");

    var turn = shopper.say(remove);

    Expect.startsWith(notFound, turn.speech());
    assertEquals(List.of("ben-pillow-cover", "braided-rug"), shopper.productIds(ListName.DEFAULT));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | clear my wish list      | Should I remove all 2 things from your wish list? | yes | Done, your wish list is empty now.
      de-DE | leere meine wunschliste | Soll ich alle 2 Sachen von deiner Wunschliste entfernen? | ja | Erledigt, deine Wunschliste ist jetzt leer.
      """)
  void clears_the_list_after_a_yes(String locale, String clear, String question, String yes, String cleared) {
    Shopper shopper = Shopper.newIn(skill, locale);
    shopper.saved("ben-pillow-cover", "braided-rug");

    var asked = shopper.say(clear);
    assertEquals(List.of("ben-pillow-cover", "braided-rug"), shopper.productIds(ListName.DEFAULT));
    var turn = shopper.say(yes);

    assertEquals(question, asked.speech());
    assertEquals("AMAZON.YesIntent", turn.heard().intent());
    Expect.startsWith(cleared, turn.speech());
    assertFalse(turn.sessionEnded());
    assertEquals(List.of(), shopper.productIds(ListName.DEFAULT));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | clear my wish list      | no   | Okay, I kept your wish list as it is.
      de-DE | leere meine wunschliste | nein | Gut, deine Wunschliste bleibt, wie sie ist.
      """)
  void keeps_the_list_after_a_no(String locale, String clear, String no, String kept) {
    Shopper shopper = Shopper.newIn(skill, locale);
    shopper.saved("ben-pillow-cover", "braided-rug");
    shopper.say(clear);

    var turn = shopper.say(no);

    Expect.startsWith(kept, turn.speech());
    assertFalse(turn.sessionEnded());
    assertEquals(List.of("ben-pillow-cover", "braided-rug"), shopper.productIds(ListName.DEFAULT));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | the third one | put it on my birthday list         | clear my birthday list       | yes | Done, your birthday list is empty now.
      de-DE | finde einen teppich | die dritte    | setz es auf meine geburtstagsliste | leere meine geburtstagsliste | ja  | Erledigt, deine Geburtstagsliste ist jetzt leer.
      """)
  void clearing_a_named_list_leaves_the_wish_list_alone(
      String locale, String find, String choose, String saveToBirthday, String clear, String yes, String cleared) {
    Shopper shopper = Shopper.newIn(skill, locale);
    shopper.saved("ben-pillow-cover");
    Found found = shopper.found(shopper.say(find));
    shopper.say(choose);
    shopper.say(saveToBirthday);
    ListName birthday = shopper.onlyNamedList();
    assertEquals(List.of(found.id(3)), shopper.productIds(birthday));
    shopper.say(clear);

    var turn = shopper.say(yes);

    Expect.startsWith(cleared, turn.speech());
    assertTrue(shopper.productIds(birthday).isEmpty());
    assertEquals(List.of("ben-pillow-cover"), shopper.productIds(ListName.DEFAULT));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | the third one | save it for my mom          | take it off my mom list        | from your mom list.
      de-DE | finde einen teppich | die dritte    | speicher das für meine mama | nimm das von meiner mama liste | nicht mehr auf deiner Mama-Liste.
      """)
  void a_list_for_someone_is_saved_to_and_taken_off_as_said(
      String locale, String find, String choose, String saveFor, String takeOff, String removed) {
    Shopper shopper = Shopper.newIn(skill, locale);
    shopper.saved("ben-pillow-cover");
    Found found = shopper.found(shopper.say(find));
    shopper.say(choose);

    assertEquals("AddToWishListIntent", shopper.say(saveFor).heard().intent());
    ListName forMom = shopper.onlyNamedList();
    assertEquals(List.of(found.id(3)), shopper.productIds(forMom));
    var turn = shopper.say(takeOff);

    assertEquals("RemoveFromWishListIntent", turn.heard().intent());
    Expect.contains(removed, turn.speech());
    assertTrue(shopper.productIds(forMom).isEmpty());
    assertEquals(List.of("ben-pillow-cover"), shopper.productIds(ListName.DEFAULT));
  }
}
