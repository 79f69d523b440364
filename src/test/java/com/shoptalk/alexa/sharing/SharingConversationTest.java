package com.shoptalk.alexa.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.alexa.friends.FriendsSkill;
import com.shoptalk.catalog.Product;
import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.sharing.ShareRevoked;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.Ssml;
import com.shoptalk.wishlist.ListName;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sharing a wish list by voice, stopping, and what the owner hears, in both locales. */
class SharingConversationTest {
  private SharingSkill skill;

  @BeforeEach
  void start() {
    skill = new SharingSkill();
  }

  @AfterEach
  void stop() {
    skill.close();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | share my birthday list | Should I share your birthday list? Friends with the link can see its 2 wishes and reserve gifts | yes | Done, I've shared your birthday list. The link is in your Alexa app
      de-DE | teile meine geburtstagsliste | Soll ich deine Geburtstagsliste teilen? Wer den Link hat, sieht ihre 2 Wünsche | ja | Erledigt, ich habe deine Geburtstagsliste geteilt. Der Link ist in deiner Alexa App
      """)
  void sharing_a_list_asks_first_and_puts_the_link_on_a_card(String locale, String share, String confirm, String yes,
      String done) {
    ListName birthday = SharingSkill.birthday(locale);
    skill.save(locale, birthday, 2);
    AlexaSimulator device = skill.device(locale);

    var asked = device.say(share);
    var shared = device.say(yes);

    Expect.startsWith(confirm, asked.speech());
    Expect.startsWith(done, shared.speech());
    Ssml.assertValid(asked.ssml());
    Ssml.assertValid(shared.ssml());
    String token = SharingSkill.tokenIn(shared.card().orElseThrow());
    assertEquals(token, skill.share(birthday).token());
    assertEquals(2, skill.sharing().open(token).items().size());
    assertFalse(shared.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | share my wish list | no | Okay, I won't share it.
      de-DE | teile meine wunschliste | nein | Okay, ich teile sie nicht.
      """)
  void no_keeps_the_list_unshared(String locale, String share, String no, String kept) {
    skill.save(locale, ListName.DEFAULT, 1);
    AlexaSimulator device = skill.device(locale);
    device.say(share);

    var turn = device.say(no);

    Expect.startsWith(kept, turn.speech());
    assertTrue(skill.sharing().shareOf(SharingSkill.OWNER, ListName.DEFAULT).isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | share my birthday list | There's nothing on your birthday list to share yet.
      de-DE | teile meine geburtstagsliste | Auf deiner Geburtstagsliste steht noch nichts zum Teilen.
      """)
  void an_empty_list_is_not_shared(String locale, String share, String nothing) {
    var turn = skill.device(locale).say(share);

    Expect.startsWith(nothing, turn.speech());
    assertTrue(turn.card().isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | share my wish list | yes | I've already shared your wish list, so I put the same link in your Alexa app again.
      de-DE | teile meine wunschliste | ja | Ich teile deine Wunschliste schon, also habe ich denselben Link noch einmal in deine Alexa App gelegt.
      """)
  void sharing_a_shared_list_again_delivers_the_same_link_at_once(String locale, String share, String yes, String again) {
    skill.save(locale, ListName.DEFAULT, 1);
    AlexaSimulator device = skill.device(locale);
    device.say(share);
    String first = SharingSkill.tokenIn(device.say(yes).card().orElseThrow());

    var turn = device.say(share);

    Expect.startsWith(again, turn.speech());
    assertEquals(first, SharingSkill.tokenIn(turn.card().orElseThrow()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | share my wish list | yes | Done, I've shared your wish list. I e-mailed you the link with buttons to pass it on
      de-DE | teile meine wunschliste | ja | Erledigt, ich habe deine Wunschliste geteilt. Ich habe dir den Link mit Knöpfen zum Weitergeben gemailt
      """)
  void with_the_permissions_the_link_is_e_mailed_and_the_page_names_the_owner(String locale, String share, String yes,
      String mailed) throws Exception {
    skill.save(locale, ListName.DEFAULT, 1);
    AlexaSimulator device = skill.device(locale).profile("anna@example.com", "Anna");
    device.say(share);

    var turn = device.say(yes);

    Expect.startsWith(mailed, turn.speech());
    String token = SharingSkill.tokenIn(turn.card().orElseThrow());
    List<String> mails;
    try (var files = Files.list(skill.shop.skill.dataDir().resolve("outbox"))) {
      mails = files.map(path -> {
        try {
          return Files.readString(path);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
    assertEquals(1, mails.size());
    Expect.contains("/l/" + token, mails.get(0));
    assertEquals("Anna", skill.sharing().open(token).share().ownerName());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | stop sharing my birthday list | Done, I've stopped sharing your birthday list. | I'm not sharing your birthday list, so there's nothing to stop.
      de-DE | hör auf meine geburtstagsliste zu teilen | Erledigt, ich teile deine Geburtstagsliste nicht mehr. | Ich teile deine Geburtstagsliste gar nicht, da gibt es nichts zu beenden.
      """)
  void stopping_revokes_the_link(String locale, String stopSharing, String stopped, String notShared) {
    ListName birthday = SharingSkill.birthday(locale);
    skill.save(locale, birthday, 1);
    String token = skill.sharing().share(SharingSkill.OWNER, birthday, null, Locale.forLanguageTag(locale)).token();
    AlexaSimulator device = skill.device(locale);

    var first = device.say(stopSharing);
    var second = device.say(stopSharing);

    Expect.startsWith(stopped, first.speech());
    Expect.startsWith(notShared, second.speech());
    Ssml.assertValid(first.ssml());
    assertThrows(ShareRevoked.class, () -> skill.sharing().open(token));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | stop sharing         | Done, I've stopped sharing your birthday list.
      de-DE | hör auf zu teilen    | Erledigt, ich teile deine Geburtstagsliste nicht mehr.
      """)
  void stopping_without_a_list_name_stops_the_one_shared_list(String locale, String stopSharing, String stopped) {
    ListName birthday = SharingSkill.birthday(locale);
    skill.save(locale, birthday, 1);
    skill.save(locale, ListName.DEFAULT, 1);
    String token = skill.sharing().share(SharingSkill.OWNER, birthday, null, Locale.forLanguageTag(locale)).token();

    var turn = skill.device(locale).say(stopSharing);

    Expect.startsWith(stopped, turn.speech());
    Ssml.assertValid(turn.ssml());
    assertThrows(ShareRevoked.class, () -> skill.sharing().open(token));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | what's on my birthday list | You have 3 things on your birthday list. One of your 3 wishes is taken. | 2 of your 3 wishes are taken.
      de-DE | was steht auf meiner geburtstagsliste | Auf deiner Geburtstagsliste stehen 3 Sachen. Einer deiner 3 Wünsche ist vergeben. | 2 deiner 3 Wünsche sind vergeben.
      """)
  void the_owner_hears_how_many_wishes_are_taken_but_not_which_or_by_whom(String locale, String read, String oneTaken,
      String twoTaken) {
    ListName birthday = SharingSkill.birthday(locale);
    skill.save(locale, birthday, 3);
    skill.sharing().share(SharingSkill.OWNER, birthday, null, Locale.forLanguageTag(locale));
    skill.reserve(birthday, 1, "ben-browser-0000000000", "Ben");
    AlexaSimulator device = skill.device(locale);

    var one = device.say(read);
    skill.reserve(birthday, 2, "cleo-browser-000000000", "Cleo");
    var two = skill.device(locale).say(read);

    Expect.startsWith(oneTaken, one.speech());
    Expect.contains(twoTaken, two.speech());
    Expect.doesNotContain("Ben", one.speech());
    Expect.doesNotContain("psst", one.speech());
    Ssml.assertValid(one.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | what's on my wish list | taken
      de-DE | was steht auf meiner wunschliste | vergeben
      """)
  void a_list_nobody_took_from_is_read_as_before(String locale, String read, String taken) {
    skill.save(locale, ListName.DEFAULT, 2);
    skill.sharing().share(SharingSkill.OWNER, ListName.DEFAULT, null, Locale.forLanguageTag(locale));

    Expect.doesNotContain(taken, skill.device(locale).say(read).speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | what's been reserved on my birthday list | That spoils the surprise. Are you sure? | yes | Taken so far:
      de-DE | was wurde auf meiner geburtstagsliste reserviert | Das verdirbt die Überraschung. Bist du sicher? | ja | Bisher vergeben:
      """)
  void the_taken_wishes_are_named_only_after_a_yes_and_never_the_friends(String locale, String reveal, String confirm,
      String yes, String taken) {
    ListName birthday = SharingSkill.birthday(locale);
    List<Product> products = skill.save(locale, birthday, 3);
    skill.sharing().share(SharingSkill.OWNER, birthday, null, Locale.forLanguageTag(locale));
    skill.reserve(birthday, 2, "ben-browser-0000000000", "Ben");
    AlexaSimulator device = skill.device(locale);

    var asked = device.say(reveal);
    var told = device.say(yes);

    assertEquals(confirm, asked.speech());
    Expect.startsWith(taken + " " + products.get(2).spokenName() + ".", told.speech());
    Expect.doesNotContain(products.get(0).spokenName(), told.speech());
    Expect.doesNotContain("Ben", told.speech());
    Ssml.assertValid(told.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | what's been reserved  | That spoils the surprise. Are you sure? | yes | Taken so far:
      de-DE | was wurde reserviert  | Das verdirbt die Überraschung. Bist du sicher? | ja | Bisher vergeben:
      """)
  void without_a_list_name_the_one_shared_list_is_revealed(String locale, String reveal, String confirm, String yes,
      String taken) {
    ListName birthday = SharingSkill.birthday(locale);
    List<Product> products = skill.save(locale, birthday, 2);
    skill.save(locale, ListName.DEFAULT, 1);
    skill.sharing().share(SharingSkill.OWNER, birthday, null, Locale.forLanguageTag(locale));
    skill.reserve(birthday, 1, "ben-browser-0000000000", "Ben");
    AlexaSimulator device = skill.device(locale);

    var asked = device.say(reveal);
    var told = device.say(yes);

    assertEquals(confirm, asked.speech());
    Expect.startsWith(taken + " " + products.get(1).spokenName() + ".", told.speech());
    Ssml.assertValid(told.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | what's been reserved | no | Okay, the surprise stays a surprise.
      de-DE | was wurde reserviert | nein | Okay, die Überraschung bleibt eine Überraschung.
      """)
  void no_keeps_the_surprise(String locale, String reveal, String no, String kept) {
    skill.save(locale, ListName.DEFAULT, 1);
    skill.sharing().share(SharingSkill.OWNER, ListName.DEFAULT, null, Locale.forLanguageTag(locale));
    skill.reserve(ListName.DEFAULT, 0, "ben-browser-0000000000", "Ben");
    AlexaSimulator device = skill.device(locale);
    device.say(reveal);

    var turn = device.say(no);

    Expect.startsWith(kept, turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | what's been reserved on my wish list | Nothing on your wish list is taken yet.
      de-DE | was wurde auf meiner wunschliste reserviert | Auf deiner Wunschliste ist noch nichts vergeben.
      """)
  void with_nothing_taken_there_is_no_surprise_to_spoil(String locale, String reveal, String nothing) {
    skill.save(locale, ListName.DEFAULT, 1);
    skill.sharing().share(SharingSkill.OWNER, ListName.DEFAULT, null, Locale.forLanguageTag(locale));

    Expect.startsWith(nothing, skill.device(locale).say(reveal).speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | delete my data | yes
      de-DE | lösche meine daten | ja
      """)
  void deleting_my_data_takes_the_shared_list_offline(String locale, String delete, String yes) {
    skill.save(locale, ListName.DEFAULT, 1);
    String token = skill.sharing().share(SharingSkill.OWNER, ListName.DEFAULT, null, Locale.forLanguageTag(locale)).token();
    AlexaSimulator device = skill.device(locale);
    device.say(delete);

    device.say(yes);

    assertEquals(404, FriendsSkill.get(skill.shop.server.baseUri() + "/l/" + token, locale).statusCode());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | can my sister see my list              | Should I share your wish list? | I've already shared your wish list | no
      en-US | can you send my list to my mom         | Should I share your wish list? | I've already shared your wish list | no
      de-DE | kann meine schwester meine liste sehen | Soll ich deine Wunschliste teilen? | Ich teile deine Wunschliste schon | nein
      de-DE | wie können meine freunde meine wunschliste sehen | Soll ich deine Wunschliste teilen? | Ich teile deine Wunschliste schon | nein
      """)
  void asking_whether_someone_can_see_the_list_offers_to_share_it_not_gift_ideas(String locale, String ask,
      String offer, String alreadyShared, String no) {
    skill.save(locale, ListName.DEFAULT, 1);
    AlexaSimulator device = skill.device(locale);

    var turn = device.say(ask);

    assertEquals("ShareListIntent", turn.heard().intent());
    assertTrue(turn.speech().startsWith(offer) || turn.speech().startsWith(alreadyShared), turn.speech());
    Ssml.assertValid(turn.ssml());
    if (turn.speech().startsWith(offer)) {
      device.say(no);
    }
  }
}
