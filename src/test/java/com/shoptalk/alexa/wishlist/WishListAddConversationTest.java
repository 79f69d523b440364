package com.shoptalk.alexa.wishlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.shoptalk.testing.Expect;
import com.shoptalk.testing.Found;
import com.shoptalk.testing.Ssml;
import com.shoptalk.testing.TestSkill;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListItem;
import com.shoptalk.wishlist.WishListOwner;
import com.shoptalk.wishlist.WishListService;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Putting things on a wish list by voice, in both locales, through the Lambda entry point. Every
 * test talks as a new account of its own, so one skill serves the whole class.
 */
class WishListAddConversationTest {
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
      en-US | find a rug          | ok save the first one for my dad   | and the second one for my sister | Saved {1} to your dad list. | Saved {2} to your sister list.
      de-DE | finde einen teppich | speicher die erste für meinen papa | und die zweite für meine oma     | {1} steht jetzt auf deiner Liste Papa. | {2} steht jetzt auf deiner Liste Oma.
      """)
  void saves_results_by_position_to_lists_for_the_people_they_are_for(
      String locale, String find, String forOne, String forOther, String savedOne, String savedOther) {
    Shopper shopper = Shopper.newIn(skill, locale);
    Found found = shopper.found(shopper.say(find));

    var first = shopper.say(forOne);
    var second = shopper.say(forOther);

    assertEquals("AddToWishListIntent", first.heard().intent());
    assertEquals("AddToWishListIntent", second.heard().intent());
    Expect.startsWith(found.fill(savedOne), first.speech());
    Expect.startsWith(found.fill(savedOther), second.speech());
    assertEquals(List.of(found.id(1)), shopper.productIds(ListName.of("dad", java.util.Locale.US)));
    assertEquals(List.of(found.id(2)), shopper.productIds(ListName.of(locale.equals("de-DE") ? "grandma" : "sister",
        java.util.Locale.US)));
    assertEquals(List.of(), shopper.productIds(ListName.DEFAULT));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | save the first one for my mother    | save the second one for my mom
      de-DE | finde einen teppich | speicher die erste für meine mutter | speicher die zweite für meine mama
      """)
  void mother_and_mom_are_one_list(String locale, String find, String forMother, String forMom) {
    Shopper shopper = Shopper.newIn(skill, locale);
    Found found = shopper.found(shopper.say(find));

    shopper.say(forMother);
    shopper.say(forMom);

    ListName mom = shopper.onlyNamedList();
    assertEquals(java.util.Set.of(found.id(1), found.id(2)), java.util.Set.copyOf(shopper.productIds(mom)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | save the second one | Saved {2} to your wish list.
      de-DE | finde einen teppich | merk dir die zweite | {2} steht jetzt auf deiner Wunschliste.
      en-US | find a rug          | ok remember the second one for later | Saved {2} to your wish list.
      de-DE | finde einen teppich | merk dir die zweite für später       | {2} steht jetzt auf deiner Wunschliste.
      """)
  void saves_a_search_result_by_its_position(String locale, String find, String save, String saved) {
    Shopper shopper = Shopper.newIn(skill, locale);
    Found found = shopper.found(shopper.say(find));

    var turn = shopper.say(save);

    assertEquals("AddToWishListIntent", turn.heard().intent());
    Expect.startsWith(found.fill(saved), turn.speech());
    assertFalse(turn.sessionEnded());
    Ssml.assertValid(turn.ssml());
    assertEquals(List.of(found.id(2)), shopper.productIds(ListName.DEFAULT));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | the third one | save it      | Saved {3} to your wish list.
      de-DE | finde einen teppich | die dritte    | merk dir das | {3} steht jetzt auf deiner Wunschliste.
      """)
  void saves_the_product_in_focus(String locale, String find, String choose, String save, String saved) {
    Shopper shopper = Shopper.newIn(skill, locale);
    Found found = shopper.found(shopper.say(find));
    shopper.say(choose);

    var turn = shopper.say(save);

    Expect.startsWith(found.fill(saved), turn.speech());
    assertEquals(List.of(found.id(3)), shopper.productIds(ListName.DEFAULT));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | the third one | put it on my birthday list         | Saved {3} to your birthday list.
      de-DE | finde einen teppich | die dritte    | setz es auf meine geburtstagsliste | {3} steht jetzt auf deiner Geburtstagsliste.
      """)
  void saves_to_a_named_list_and_leaves_the_wish_list_alone(
      String locale, String find, String choose, String save, String saved) {
    Shopper shopper = Shopper.newIn(skill, locale);
    Found found = shopper.found(shopper.say(find));
    shopper.say(choose);

    var turn = shopper.say(save);

    Expect.startsWith(found.fill(saved), turn.speech());
    ListName birthday = shopper.onlyNamedList();
    assertEquals(List.of(found.id(3)), shopper.productIds(birthday));
    assertEquals(List.of(), shopper.productIds(ListName.DEFAULT));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | save the second one | {2} is already on your wish list.
      de-DE | finde einen teppich | merk dir die zweite | {2} steht schon auf deiner Wunschliste.
      """)
  void saving_the_same_product_twice_says_it_is_already_there(String locale, String find, String save, String already) {
    Shopper shopper = Shopper.newIn(skill, locale);
    Found found = shopper.found(shopper.say(find));
    shopper.say(save);

    var turn = shopper.say(save);

    Expect.startsWith(found.fill(already), turn.speech());
    assertFalse(turn.sessionEnded());
    assertEquals(List.of(found.id(2)), shopper.productIds(ListName.DEFAULT));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | save it      | There's nothing to save yet. Find something first
      de-DE | merk dir das | Es gibt noch nichts zum Merken. Such zuerst etwas
      """)
  void saving_with_nothing_in_focus_explains_what_to_do(String locale, String save, String explanation) {
    Shopper shopper = Shopper.newIn(skill, locale);

    var turn = shopper.say(save);

    assertEquals("AddToWishListIntent", turn.heard().intent());
    Expect.startsWith(explanation, turn.speech());
    assertFalse(turn.sessionEnded());
    Ssml.assertValid(turn.ssml());
    assertEquals(List.of(), skill.app().wishLists().summaries(shopper.account()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | save it      | save the first one
      de-DE | finde einen teppich | merk dir das | merk dir die erste
      """)
  void saving_it_among_several_results_asks_which_one(String locale, String find, String save, String example) {
    Shopper shopper = Shopper.newIn(skill, locale);
    shopper.say(find);

    var turn = shopper.say(save);

    Expect.contains(example, turn.speech());
    assertFalse(turn.sessionEnded());
    assertEquals(List.of(), shopper.productIds(ListName.DEFAULT));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | save the second one | Sorry, your wish list is full with 100 things. Remove something first
      de-DE | finde einen teppich | merk dir die zweite | Tut mir leid, deine Wunschliste ist mit 100 Sachen voll. Entferne zuerst etwas
      """)
  void the_hundred_and_first_item_is_refused_clearly(String locale, String find, String save, String full) {
    Shopper shopper = Shopper.newIn(skill, locale);
    WishListOwner owner = shopper.account();
    for (int i = 1; i <= WishListService.MAX_ITEMS; i++) {
      skill.app().wishLists().add(owner, ListName.DEFAULT,
          new WishListItem("filler-" + i, "Filler " + i, null, null, null, null, null, null));
    }
    shopper.say(find);

    var turn = shopper.say(save);

    Expect.startsWith(full, turn.speech());
    assertFalse(turn.sessionEnded());
    List<String> ids = shopper.productIds(ListName.DEFAULT);
    assertEquals(WishListService.MAX_ITEMS, ids.size());
    assertFalse(ids.stream().anyMatch(id -> id.endsWith("-rug")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a rug          | what sizes does the first one come in | ok put that on my list      | Saved {1} to your wish list. | actually take it off again  | Removed {1} from your wish list. | what do i have saved    | There's nothing on your wish list yet.
      de-DE | finde einen teppich | in welchen größen gibt es den ersten  | ok setz das auf meine liste | {1} steht jetzt auf deiner Wunschliste. | nimm den doch wieder runter | {1} steht nicht mehr auf deiner Wunschliste. | was hab ich gespeichert | Auf deiner Wunschliste steht noch nichts.
      """)
  void that_in_focus_is_saved_taken_off_again_and_the_list_read_as_a_stranger_said_it(String locale, String find,
      String ask, String save, String saved, String takeOff, String removed, String read, String empty) {
    Shopper shopper = Shopper.newIn(skill, locale);
    Found found = shopper.found(shopper.say(find));
    assertEquals("SizeIntent", shopper.say(ask).heard().intent());

    var turn = shopper.say(save);
    assertEquals("AddToWishListIntent", turn.heard().intent());
    Expect.startsWith(found.fill(saved), turn.speech());
    assertEquals(List.of(found.id(1)), shopper.productIds(ListName.DEFAULT));

    turn = shopper.say(takeOff);
    assertEquals("RemoveFromWishListIntent", turn.heard().intent());
    Expect.startsWith(found.fill(removed), turn.speech());
    assertEquals(List.of(), shopper.productIds(ListName.DEFAULT));

    turn = shopper.say(read);
    assertEquals("ReadWishListIntent", turn.heard().intent());
    Expect.startsWith(empty, turn.speech());
  }
}
