package com.shoptalk.alexa.friends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.persistence.DynamoInsightRepository;
import com.shoptalk.question.Question;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.Ssml;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "What questions do I have open", "close my question", "delete my question". */
class ManagingQuestionsTest {
  private FriendsSkill shop;

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
      en-US | You have one open question. Your question about the Rattan Lounge Chair is open until {when}.
      de-DE | Du hast eine offene Frage. Deine Frage „Sessel Sally“ ist bis {when} offen.
      """)
  void lists_the_open_question_with_its_deadline(String locale, String answer) {
    AlexaSimulator device = askedAboutThis(locale);

    var turn = device.say(Say.in(locale).list());

    assertEquals("ListQuestionsIntent", turn.heard().intent());
    assertEquals(answer.replace("{when}", when(locale, shop.questions().get(0).closesAt())), turn.speech());
    assertFalse(turn.sessionEnded());
    Ssml.assertValid(turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | You have 2 open questions. Your question about ideas for your sister is open until | Your question about the Rattan Lounge Chair is open until
      de-DE | Du hast 2 offene Fragen. Deine Frage „Ideen für deine Schwester“ ist bis      | Deine Frage „Sessel Sally“ ist bis
      """)
  void lists_several_open_questions_newest_first(String locale, String newest, String older) {
    Say say = Say.in(locale);
    AlexaSimulator device = askedAboutThis(locale);
    shop.clock.advance(Duration.ofMinutes(1));
    device.say(say.ideas());
    device.say(say.yes());

    String speech = device.say(say.list()).speech();

    Expect.startsWith(newest, speech);
    Expect.contains(older, speech);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | You have no open questions. Find something, then say: ask my friends about this.
      de-DE | Du hast keine offenen Fragen. Such etwas und sag dann: frag meine Freunde danach.
      """)
  void with_no_open_questions_says_how_to_ask(String locale, String answer) {
    Say say = Say.in(locale);
    assertEquals(answer, shop.device(locale).say(say.list()).speech());
    assertEquals(answer, shop.device(locale).say(say.close()).speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | I closed your question about the Rattan Lounge Chair. 2 of 2 friends say buy the Rattan Lounge Chair. Ben says: Yes! | en-US | That question is closed.
      de-DE | Ich habe deine Frage „Sessel Sally“ geschlossen. Sessel Sally: 2 von 2 Freunden sagen, kaufen. Ben schreibt: Yes! | de-DE | Diese Frage ist geschlossen.
      """)
  void close_reads_the_final_tally_and_the_page_then_says_closed(String locale, String answer, String language, String closedNote) {
    Say say = Say.in(locale);
    AlexaSimulator device = askedAboutThis(locale);
    Question question = shop.questions().get(0);
    shop.clock.advance(Duration.ofMinutes(1));
    shop.skill.app().questions().vote(question.token(), "friend-1", 0, null, null);
    shop.clock.advance(Duration.ofMinutes(1));
    shop.skill.app().questions().vote(question.token(), "friend-2", 0, "Ben", "Yes!");

    var turn = device.say(say.close());

    assertEquals("CloseQuestionIntent", turn.heard().intent());
    Expect.startsWith(answer, turn.speech());
    Ssml.assertValid(turn.ssml());
    assertTrue(shop.skill.app().questions().openQuestions(FriendsSkill.USER).isEmpty());
    assertEquals(410, FriendsSkill.get(shop.server.baseUri() + "/q/" + question.token(), language).statusCode());
    Expect.contains(closedNote, device.say(say.verdict()).speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | I closed your question about ideas for your sister. Nobody had answered it yet.
      de-DE | Ich habe deine Frage „Ideen für deine Schwester“ geschlossen. Bis dahin hatte niemand geantwortet.
      """)
  void closing_an_unanswered_question_says_so_once(String locale, String answer) {
    Say say = Say.in(locale);
    AlexaSimulator device = shop.device(locale);
    device.say(say.ideas());
    device.say(say.yes());

    assertEquals(answer, device.say(say.close()).speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | Should I delete your question about the Rattan Lounge Chair with all its answers? | Deleted.
      de-DE | Soll ich deine Frage „Sessel Sally“ mit allen Antworten löschen?                | Gelöscht.
      """)
  void delete_asks_first_and_yes_deletes_the_question_and_its_page(String locale, String confirm, String deleted) {
    Say say = Say.in(locale);
    AlexaSimulator device = askedAboutThis(locale);
    Question question = shop.questions().get(0);
    shop.clock.advance(Duration.ofMinutes(1));
    shop.skill.app().questions().vote(question.token(), "friend-1", 0, "Ben", "Nice");

    var ask = device.say(say.delete());
    assertEquals("DeleteQuestionIntent", ask.heard().intent());
    assertEquals(confirm, ask.speech());
    assertEquals(1, shop.questions().size(), "nothing deleted before the yes");
    var yes = device.say(say.yes());

    Expect.startsWith(deleted, yes.speech());
    assertTrue(shop.questions().isEmpty());
    assertEquals(404, FriendsSkill.get(shop.server.baseUri() + "/q/" + question.token(), locale).statusCode());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | Okay, I kept it.
      de-DE | Gut, ich habe sie behalten.
      """)
  void no_keeps_the_question(String locale, String kept) {
    Say say = Say.in(locale);
    AlexaSimulator device = askedAboutThis(locale);
    device.say(say.delete());

    var turn = device.say(say.no());

    Expect.startsWith(kept, turn.speech());
    assertEquals(1, shop.questions().size());
    assertEquals(200, FriendsSkill.get(shop.server.baseUri() + "/q/" + shop.questions().get(0).token(), locale).statusCode());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | You have no questions to delete.
      de-DE | Du hast keine Fragen zum Löschen.
      """)
  void delete_without_questions_says_so(String locale, String answer) {
    var turn = shop.device(locale).say(Say.in(locale).delete());

    assertEquals(answer, turn.speech());
    assertFalse(turn.sessionEnded());
  }

  /** A deadline as the skill says it: "Thursday, November 26 at 2:21 PM", in the locale's main time zone. */
  private static String when(String locale, Instant at) {
    boolean german = locale.equals("de-DE");
    Locale language = Locale.forLanguageTag(locale);
    var local = at.atZone(ZoneId.of(german ? "Europe/Berlin" : "America/New_York"));
    String day = local.format(DateTimeFormatter.ofPattern(german ? "EEEE, d. MMMM" : "EEEE, MMMM d", language));
    String time = local.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language));
    return german ? day + " um " + time + " Uhr" : day + " at " + time;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | delete my data     | yes
      de-DE | lösche meine daten | ja
      """)
  void deleting_my_data_removes_the_friends_comments_shared_with_the_shop(String locale, String delete, String yes) {
    AlexaSimulator device = askedAboutThis(locale);
    String token = shop.questions().get(0).token();
    shop.skill.app().questions().vote(token, "ben-browser-00000000000", 0, "Ben", "Buy it, Anna!", true);
    var insights = new DynamoInsightRepository(shop.skill.table());
    LocalDate today = LocalDate.ofInstant(shop.clock.instant(), ZoneOffset.UTC);
    assertEquals(1, insights.comments(today, today, 10).size(), "the friend allowed the shop to read it");

    device.say(delete);
    device.say(yes);

    assertEquals(List.of(), insights.comments(today.minusDays(1), today.plusDays(1), 10));
  }

  @ParameterizedTest
  @CsvSource({"en-US", "de-DE"})
  void deleting_a_question_removes_the_friends_comments_shared_with_the_shop(String locale) {
    Say say = Say.in(locale);
    AlexaSimulator device = askedAboutThis(locale);
    String token = shop.questions().get(0).token();
    shop.skill.app().questions().vote(token, "ben-browser-00000000000", 0, "Ben", "Buy it, Anna!", true);
    var insights = new DynamoInsightRepository(shop.skill.table());
    LocalDate today = LocalDate.ofInstant(shop.clock.instant(), ZoneOffset.UTC);
    assertEquals(1, insights.comments(today, today, 10).size(), "the friend allowed the shop to read it");

    device.say(say.delete());
    device.say(say.yes());

    assertEquals(List.of(), shop.questions());
    assertEquals(List.of(), insights.comments(today.minusDays(1), today.plusDays(1), 10));
  }

  @ParameterizedTest
  @CsvSource({"en-US", "de-DE"})
  void a_comment_shared_with_the_shop_is_kept_no_longer_than_its_question(String locale) {
    askedAboutThis(locale);
    Question question = shop.questions().get(0);
    shop.skill.app().questions().vote(question.token(), "ben-browser-00000000000", 0, "Ben", "Buy it, Anna!", true);
    LocalDate today = LocalDate.ofInstant(shop.clock.instant(), ZoneOffset.UTC);

    var comment = new DynamoInsightRepository(shop.skill.table()).comments(today, today, 10).get(0);

    assertEquals(question.expiresAt().getEpochSecond(), comment.keptUntil().getEpochSecond());
    assertTrue(comment.keptUntil().isBefore(shop.clock.instant().plus(Duration.ofDays(365))));
  }

  private AlexaSimulator askedAboutThis(String locale) {
    Say say = Say.in(locale);
    AlexaSimulator device = shop.device(locale);
    device.say(say.find());
    device.say(say.first());
    device.say(say.about());
    device.say(say.yes());
    return device;
  }
}
