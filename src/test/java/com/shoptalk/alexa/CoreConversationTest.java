package com.shoptalk.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.Ssml;
import com.shoptalk.testing.TestSkill;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The skill's built-in conversation in both locales, through the Lambda entry point. */
class CoreConversationTest {
  private TestSkill skill;

  @BeforeEach
  void start() {
    skill = TestSkill.start();
  }

  @AfterEach
  void stop() {
    skill.close();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | open shop talk        | Welcome to Shop Talk!
      de-DE | öffne einkaufs helfer | Willkommen beim Einkaufs Helfer!
      """)
  void first_launch_welcomes_and_keeps_listening(String locale, String utterance, String welcome) {
    var turn = skill.device(locale).say(utterance);

    Expect.startsWith(welcome, turn.speech());
    assertFalse(turn.sessionEnded());
    Ssml.assertValid(turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find a lounge chair | thank you so much
      en-US | find a lounge chair | great thanks
      en-US | find a lounge chair | perfect thank you
      de-DE | finde einen sessel  | super danke dir
      de-DE | finde einen sessel  | vielen lieben dank
      de-DE | finde einen sessel  | danke sehr
      """)
  void thanks_are_a_goodbye_never_a_search_for_thank_you_gifts(String locale, String search, String thanks) {
    AlexaSimulator device = skill.device(locale);
    device.say(search);

    var turn = device.say(thanks);

    assertEquals("AMAZON.StopIntent", turn.heard().intent(), thanks);
    assertTrue(turn.sessionEnded(), turn.speech());
    Expect.doesNotContain(locale.equals("de-DE") ? "Geschenk" : "gift", turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | thank you so much    | a thank you gift for my neighbor
      de-DE | super danke dir      | ein Dankeschön Geschenk für meine Nachbarin
      """)
  void thank_you_words_alone_ask_for_no_gift_but_a_thank_you_gift_is_one(String locale, String thanks, String gift) {
    var catalog = skill.app().catalogs().forLocale(java.util.Locale.forLanguageTag(locale));

    Expect.doesNotContain(locale.equals("de-DE") ? "Geschenk" : "gift",
        skill.device(locale).say((locale.equals("de-DE") ? "suche " : "find ") + thanks).speech());
    assertTrue(catalog.search(catalog.parse(gift)).products().size() > 0, gift);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | open shop talk        | Welcome back to Shop Talk!
      de-DE | öffne einkaufs helfer | Willkommen zurück beim Einkaufs Helfer!
      """)
  void second_launch_says_welcome_back(String locale, String utterance, String welcomeBack) {
    AlexaSimulator device = skill.device(locale);
    device.say(utterance);
    device.endSession();

    var turn = device.say(utterance);

    Expect.startsWith(welcomeBack, turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | help          | Say what you want, like "find a rug" | What you can say
      de-DE | hilfe         | Sag, was du suchst, etwa "finde einen Teppich" | Das kannst du sagen
      """)
  void help_explains_with_examples_and_a_card(String locale, String utterance, String speech, String cardTitle) {
    AlexaSimulator device = skill.device(locale);
    device.say(locale.equals("de-DE") ? "öffne einkaufs helfer" : "open shop talk");

    var turn = device.say(utterance);

    assertEquals("AMAZON.HelpIntent", turn.heard().intent());
    Expect.startsWith(speech, turn.speech());
    Expect.startsWith(cardTitle, turn.card().orElse("(no card)"));
    assertFalse(turn.sessionEnded());
    Ssml.assertValid(turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | stop    | Happy shopping, goodbye!
      en-US | cancel  | Happy shopping, goodbye!
      de-DE | stopp   | Viel Spaß beim Einkaufen, tschüss!
      de-DE | abbrechen | Viel Spaß beim Einkaufen, tschüss!
      """)
  void stop_and_cancel_say_goodbye_and_end_the_session(String locale, String utterance, String goodbye) {
    AlexaSimulator device = skill.device(locale);
    device.say(locale.equals("de-DE") ? "öffne einkaufs helfer" : "open shop talk");

    var turn = device.say(utterance);

    assertEquals(goodbye, turn.speech());
    assertTrue(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find candles | never mind | Okay, forget that. What else can I find for you? | stop  | Happy shopping, goodbye!
      de-DE | finde kerzen | vergiss es | Okay, vergessen wir das.                         | stopp | Viel Spaß beim Einkaufen, tschüss!
      """)
  void never_mind_while_browsing_forgets_that_and_keeps_the_conversation_open(String locale, String find, String cancel,
      String okay, String stop, String goodbye) {
    AlexaSimulator device = skill.device(locale);
    device.say(locale.equals("de-DE") ? "öffne einkaufs helfer" : "open shop talk");
    device.say(find);

    var turn = device.say(cancel);

    assertEquals("AMAZON.CancelIntent", turn.heard().intent());
    Expect.startsWith(okay, turn.speech());
    assertFalse(turn.sessionEnded());
    Ssml.assertValid(turn.ssml());
    var bye = device.say(stop);
    assertEquals(goodbye, bye.speech());
    assertTrue(bye.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find candles | help  | cancel    | Happy shopping, goodbye!
      de-DE | finde kerzen | hilfe | abbrechen | Viel Spaß beim Einkaufen, tschüss!
      """)
  void cancel_after_help_declines_the_menu_and_says_goodbye(String locale, String find, String help, String cancel,
      String goodbye) {
    AlexaSimulator device = skill.device(locale);
    device.say(locale.equals("de-DE") ? "öffne einkaufs helfer" : "open shop talk");
    device.say(find);
    device.say(help);

    var turn = device.say(cancel);

    assertEquals(goodbye, turn.speech());
    assertTrue(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | Sorry, I didn't get that. You can search the shop
      de-DE | Entschuldigung, das habe ich nicht verstanden. Du kannst den Shop durchsuchen
      """)
  void fallback_points_to_what_works(String locale, String answer) {
    AlexaSimulator device = skill.device(locale);
    device.say(locale.equals("de-DE") ? "öffne einkaufs helfer" : "open shop talk");

    var turn = device.say("the weather on mars is purple wednesday");

    // Whatever intent the words land in, they name no product: the shopper hears what works.
    Expect.startsWith(answer, turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find candles | what's the weather like tomorrow      | Sorry, I didn't get that. You can search the shop
      de-DE | finde kerzen | was ist die hauptstadt von frankreich | Entschuldigung, das habe ich nicht verstanden.
      """)
  void a_question_shaped_like_a_superlative_that_names_none_is_not_understood(String locale, String find,
      String question, String answer) {
    AlexaSimulator device = skill.device(locale);
    device.say(locale.equals("de-DE") ? "öffne einkaufs helfer" : "open shop talk");
    device.say(find);

    var turn = device.say(question);

    assertEquals("SuperlativeIntent", turn.heard().intent());
    Expect.startsWith(answer, turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | open shop talk        | help  | say that again
      de-DE | öffne einkaufs helfer | hilfe | sag das noch mal
      """)
  void repeat_says_the_last_answer_again(String locale, String open, String help, String repeat) {
    AlexaSimulator device = skill.device(locale);
    device.say(open);
    String helpSpeech = device.say(help).speech();

    var turn = device.say(repeat);

    assertEquals("AMAZON.RepeatIntent", turn.heard().intent());
    assertEquals(helpSpeech, turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | open shop talk        | start over  | Okay, let's start over.
      de-DE | öffne einkaufs helfer | von vorne   | Gut, wir fangen von vorne an.
      """)
  void start_over_begins_afresh(String locale, String open, String utterance, String answer) {
    AlexaSimulator device = skill.device(locale);
    device.say(open);

    var turn = device.say(utterance);

    Expect.startsWith(answer, turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void yes_without_a_question_is_answered_kindly(String locale) {
    AlexaSimulator device = skill.device(locale);

    var turn = device.say(locale.equals("de-DE") ? "ja" : "yes");

    Expect.startsWith(locale.equals("de-DE") ? "Prima!" : "Great!", turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | delete my data    | yes | no  | Done. I deleted everything | Okay, I kept everything.
      de-DE | lösche meine daten | ja  | nein | Erledigt. Ich habe alles gelöscht | Gut, ich habe nichts gelöscht.
      """)
  void delete_my_data_asks_first_and_only_deletes_after_yes(
      String locale, String ask, String yes, String no, String deleted, String kept) {
    AlexaSimulator device = skill.device(locale);
    device.say(locale.equals("de-DE") ? "öffne einkaufs helfer" : "open shop talk");
    String userId = "amzn1.ask.account.LOCAL-DEVELOPER";

    assertTrue(device.say(ask).speech().endsWith("?"));
    Expect.startsWith(kept, device.say(no).speech());
    assertTrue(skill.app().users().find(userId).isPresent());

    device.say(ask);
    var turn = device.say(yes);

    Expect.startsWith(deleted, turn.speech());
    assertTrue(turn.sessionEnded());
    assertTrue(skill.app().users().find(userId).isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | delete my data     | cancel    | Okay, I won't do that.
      de-DE | lösche meine daten | abbrechen | Gut, das lasse ich.
      """)
  void cancel_while_asked_drops_only_the_question(String locale, String ask, String cancel, String answer) {
    AlexaSimulator device = skill.device(locale);
    device.say(ask);

    var turn = device.say(cancel);

    Expect.startsWith(answer, turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | open shop talk        | delete my data     | find a lamp       | yes
      de-DE | öffne einkaufs helfer | lösche meine daten | finde eine lampe  | ja
      """)
  void a_question_the_shopper_moved_on_from_is_not_answered_by_a_later_yes(
      String locale, String open, String ask, String moveOn, String yes) {
    AlexaSimulator device = skill.device(locale);
    device.say(open);
    device.say(ask);
    device.say(moveOn);

    var turn = device.say(yes);

    assertFalse(turn.sessionEnded(), turn.speech());
    assertTrue(skill.app().users().find("amzn1.ask.account.LOCAL-DEVELOPER").isPresent(), "nothing deleted");
  }
}
