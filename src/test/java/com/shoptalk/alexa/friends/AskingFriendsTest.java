package com.shoptalk.alexa.friends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.question.Question;
import com.shoptalk.question.QuestionKind;
import com.shoptalk.question.QuestionOption;
import com.shoptalk.question.QuestionService;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.Found;
import com.shoptalk.testing.Ssml;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** "Ask my friends": each kind of question is read back, created only after a yes, and shared as a link. */
class AskingFriendsTest {
  private FriendsSkill shop;
  /** What the shopper's search listed; {N} in an expected sentence is the spoken name of its N-th product. */
  private Found found;

  @BeforeEach
  void start() {
    shop = FriendsSkill.start();
  }

  @AfterEach
  void stop() {
    shop.close();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | I'll ask your friends: Should I buy the {1}? They can answer for three days. Should I create the link?
      de-DE | Ich frage deine Freunde: Soll ich das kaufen: {1}? Sie können drei Tage lang antworten. Soll ich den Link erstellen?
      """)
  void about_this_reads_the_question_back_and_asks_for_a_yes(String locale, String readBack) {
    Say say = Say.in(locale);
    AlexaSimulator device = chosenFirst(locale);

    var turn = device.say(say.about());

    assertEquals("AskFriendsAboutThisIntent", turn.heard().intent());
    assertEquals(found.fill(readBack), turn.speech());
    assertFalse(turn.sessionEnded());
    Ssml.assertValid(turn.ssml());
    assertTrue(shop.questions().isEmpty(), "nothing is created before the yes");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | Done! Share the link in your Alexa app | Your question for your friends | Should I buy the {1}? | Share this link with your friends:
      de-DE | Erledigt! Teile den Link aus deiner Alexa App | Deine Frage an deine Freunde | Soll ich das kaufen: {1}? | Teile diesen Link mit deinen Freunden:
      """)
  void yes_creates_the_question_and_puts_the_link_on_a_card(String locale, String done, String title, String question, String share) {
    Say say = Say.in(locale);
    AlexaSimulator device = chosenFirst(locale);
    device.say(say.about());

    var turn = device.say(say.yes());

    Expect.startsWith(done, turn.speech());
    Ssml.assertValid(turn.ssml());
    String card = turn.card().orElseThrow();
    Expect.startsWith(title + "\n" + found.fill(question), card);
    Expect.contains(share, card);
    String link = FriendsSkill.linkIn(card);
    Expect.startsWith(shop.server.baseUri() + "/q/", link);
    Question created = shop.questions().get(0);
    assertEquals(created.token(), FriendsSkill.tokenOf(link));
    assertTrue(created.token().length() >= 22, "at least 128 random bits: " + created.token());
    assertEquals(QuestionKind.ABOUT_ONE, created.kind());
    assertEquals(locale, created.locale());
    assertEquals(List.of(found.name(1)),
        created.options().stream().map(QuestionOption::spokenName).toList());
    assertEquals(shop.clock.instant().plus(QuestionService.DEFAULT_OPEN), created.closesAt());
    var page = FriendsSkill.get(link, locale);
    assertEquals(200, page.statusCode());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | Okay, I didn't ask anyone.
      de-DE | Gut, ich habe niemanden gefragt.
      """)
  void no_creates_nothing(String locale, String answer) {
    Say say = Say.in(locale);
    AlexaSimulator device = chosenFirst(locale);
    device.say(say.about());

    var turn = device.say(say.no());

    Expect.startsWith(answer, turn.speech());
    assertTrue(turn.card().isEmpty(), "no card");
    assertFalse(turn.sessionEnded());
    assertTrue(shop.questions().isEmpty());
    Expect.startsWith(locale.equals("de-DE") ? "Prima!" : "Great!", device.say(say.yes()).speech());
    assertTrue(shop.questions().isEmpty(), "a later yes does not revive the dropped question");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | I'll ask your friends: Which one should I buy: {1} or {2}? They can answer for three days.
      de-DE | Ich frage deine Freunde: Welches soll ich kaufen: {1} oder {2}? Sie können drei Tage lang antworten.
      """)
  void which_one_asks_about_the_picked_results(String locale, String readBack) {
    Say say = Say.in(locale);
    AlexaSimulator device = shop.device(locale);
    readBack = found(device.say(say.find()), locale).fill(readBack);

    var turn = device.say(say.firstAndSecond());

    assertEquals("AskFriendsWhichOneIntent", turn.heard().intent());
    Expect.startsWith(readBack, turn.speech());
    String card = device.say(say.yes()).card().orElseThrow();
    Expect.contains(readBack.substring(readBack.indexOf(':') + 2, readBack.indexOf('?') + 1), card);
    Question created = shop.questions().get(0);
    assertEquals(QuestionKind.WHICH_ONE, created.kind());
    assertEquals(2, created.options().size());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | Which one should I buy: {1}, {2} or {3}?
      de-DE | Welches soll ich kaufen: {1}, {2} oder {3}?
      """)
  void which_one_without_positions_takes_the_current_page(String locale, String question) {
    Say say = Say.in(locale);
    AlexaSimulator device = shop.device(locale);
    Found found = found(device.say(say.find()), locale);

    var turn = device.say(say.whichOne());

    Expect.contains(found.fill(question), turn.speech());
    device.say(say.yes());
    assertEquals(3, shop.questions().get(0).options().size());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | compare the first and the third | Which one should I buy: {1} or {3}? | I'll ask your friends: Which one should I buy: {1}, {2} or {3}?
      de-DE | vergleich die erste und die dritte | Welches soll ich kaufen: {1} oder {3}? | Ich frage deine Freunde: Welches soll ich kaufen: {1}, {2} oder {3}?
      """)
  void which_one_right_after_a_comparison_asks_about_the_products_compared(String locale, String compare,
      String question, String afterMore) {
    Say say = Say.in(locale);
    AlexaSimulator device = shop.device(locale);
    Found found = found(device.say(say.find()), locale);
    assertEquals("CompareIntent", device.say(compare).heard().intent());

    var turn = device.say(say.whichOne());

    Expect.contains(found.fill(question), turn.speech());
    device.say(say.yes());
    assertEquals(List.of(found.name(1), found.name(3)),
        shop.questions().get(0).options().stream().map(QuestionOption::spokenName).toList());
    // once something else was said in between, "which one" means the page heard again
    device.say(say.no());
    device.say(compare);
    device.say(locale.equals("de-DE") ? "was kostet die erste" : "how much is the first one");
    Expect.startsWith(found.fill(afterMore), device.say(say.whichOne()).speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | I'll ask your friends: Any ideas for my sister? | my sister
      de-DE | Ich frage deine Freunde: Habt ihr Ideen für meine Schwester? | meine Schwester
      """)
  void ideas_need_no_product(String locale, String readBack, String topic) {
    Say say = Say.in(locale);
    AlexaSimulator device = shop.device(locale);

    var turn = device.say(say.ideas());

    assertEquals("AskFriendsForIdeasIntent", turn.heard().intent());
    Expect.startsWith(readBack, turn.speech());
    Expect.contains(readBack.substring(readBack.indexOf(':') + 2), device.say(say.yes()).card().orElseThrow());
    Question created = shop.questions().get(0);
    assertEquals(QuestionKind.IDEAS, created.kind());
    assertEquals(topic, created.topic());
    assertTrue(created.options().isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | First find something to ask about, for example say: find a lounge chair.
      de-DE | Such zuerst etwas, wonach du fragen willst, zum Beispiel: finde einen Sessel.
      """)
  void about_this_with_nothing_in_focus_says_how_to_start(String locale, String hint) {
    var turn = shop.device(locale).say(Say.in(locale).about());

    Expect.startsWith(hint, turn.speech());
    assertFalse(turn.sessionEnded());
    assertTrue(shop.questions().isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | To ask which one, I need at least two products. Search first
      de-DE | Für die Frage, welches, brauche ich mindestens zwei Produkte. Such zuerst
      """)
  void which_one_with_nothing_listed_says_how_to_start(String locale, String hint) {
    var turn = shop.device(locale).say(Say.in(locale).whichOne());

    Expect.startsWith(hint, turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | Which one do you mean?
      de-DE | Welches meinst du?
      """)
  void about_this_with_results_but_none_chosen_asks_which(String locale, String which) {
    Say say = Say.in(locale);
    AlexaSimulator device = shop.device(locale);
    device.say(say.find());

    var turn = device.say(say.about());

    Expect.startsWith(which, turn.speech());
    assertTrue(shop.questions().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void a_deadline_is_read_back_and_kept(String locale) {
    Say say = Say.in(locale);
    AlexaSimulator device = chosenFirst(locale);
    boolean german = locale.equals("de-DE");
    // the simulator resolves "tomorrow" like Alexa, from the device's date; a date alone means 8 pm
    LocalDate tomorrow = LocalDate.now().plusDays(1);
    ZoneId zone = ZoneId.of(german ? "Europe/Berlin" : "America/New_York");
    String day = tomorrow.format(DateTimeFormatter.ofPattern(german ? "EEEE, d. MMMM" : "EEEE, MMMM d", Locale.forLanguageTag(locale)));

    var turn = device.say(say.aboutUntilTomorrow());

    Expect.contains(german ? "Sie können bis " + day + " um 20:00 Uhr antworten." : "They can answer until " + day + " at 8:00 PM.",
        turn.speech());
    device.say(say.yes());
    assertEquals(tomorrow.atTime(LocalTime.of(20, 0)).atZone(zone).toInstant(), shop.questions().get(0).closesAt());
  }

  private AlexaSimulator chosenFirst(String locale) {
    Say say = Say.in(locale);
    AlexaSimulator device = shop.device(locale);
    found = found(device.say(say.find()), locale);
    device.say(say.first());
    return device;
  }

  private Found found(AlexaSimulator.Turn search, String locale) {
    return Found.in(search, shop.skill.app(), locale);
  }
}
