package com.shoptalk.alexa.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.monitoring.RequestLog;
import com.shoptalk.testing.FaultyDynamo.Faults;
import com.shoptalk.testing.FaultySkill;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The turns that wait on the store make as few calls as they can. Saving a product is one
 * transaction (then the merchant's insights count the save); "already on the list" reads the marker
 * after it. Opening the skill reads the shopper's profile
 * and the list of their questions in one call, and degrades as it did with two: when that read fails the shopper hears the plain welcome; when the
 * friends' answers behind it cannot be read, the welcome back without news, and the visit is not
 * remembered, so the news waits for the next launch.
 */
class LaunchAndSaveCallsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static FaultySkill shop;

  private final List<String> lines = new CopyOnWriteArrayList<>();
  private Consumer<String> previous;

  @BeforeAll
  static void start() {
    shop = FaultySkill.start();
    for (String locale : new String[] {"en-US", "de-DE"}) {
      var words = Words.of(locale);
      var device = shop.device(locale, "amzn1.ask.account.WARM-UP");
      for (String utterance : new String[] {words.open(), words.find(), words.first(), words.save()}) {
        device.say(utterance);
      }
    }
  }

  @AfterAll
  static void stop() {
    shop.close();
  }

  @BeforeEach
  void capture() {
    shop.faults(Faults.none());
    previous = RequestLog.sink(lines::add);
  }

  @AfterEach
  void restore() {
    RequestLog.sink(previous);
    shop.faults(Faults.none());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void a_returning_shopper_is_welcomed_back_after_one_read(String locale) {
    var words = Words.of(locale);
    var device = returning(locale);
    lines.clear();

    Heard launch = Heard.say(device, words.open());

    assertTrue(launch.says(locale, "launch.back.withSearch"), launch.speech());
    assertEquals(2, onlyLine().path("store").path("calls").asInt(),
        "one query (profile and questions), then the visit: " + lines);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void friends_news_reads_only_the_questions_answers_after_it(String locale) {
    var words = Words.of(locale);
    var device = answeredOnce(locale);
    lines.clear();

    Heard launch = Heard.say(device, words.open());

    assertTrue(launch.says(locale, "friends.news.one"), launch.speech());
    assertEquals(4, onlyLine().path("store").path("calls").asInt(),
        "one query (profile and questions), the question, its answers, then the visit: " + lines);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void when_the_one_read_fails_the_shopper_hears_the_plain_welcome_and_no_visit_is_written(String locale) {
    var words = Words.of(locale);
    var device = answeredOnce(locale);
    shop.faults(Faults.none().throttling(1.0).onlyIn("Query"));
    lines.clear();

    Heard launch = Heard.say(device, words.open());

    assertTrue(launch.says(locale, "launch.first"), launch.speech());
    JsonNode line = onlyLine();
    assertEquals(1, line.path("store").path("failedReads").asInt(), line.toString());
    assertEquals(0, line.path("store").path("failedWrites").asInt(), "no visit written: " + line);
    shop.faults(Faults.none());
    device.endSession();
    assertTrue(Heard.say(device, words.open()).says(locale, "friends.news.one"), "the news waited");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void when_the_news_cannot_be_read_the_shopper_is_welcomed_back_and_hears_it_next_time(String locale) {
    var words = Words.of(locale);
    var device = answeredOnce(locale);
    shop.faults(Faults.none().throttling(1.0).onlyIn("BatchGetItem"));

    Heard launch = Heard.say(device, words.open());

    assertTrue(launch.says(locale, "launch.back.withSearch"), launch.speech());
    assertFalse(launch.says(locale, "friends.news.one"), launch.speech());
    shop.faults(Faults.none());
    device.endSession();
    assertTrue(Heard.say(device, words.open()).says(locale, "friends.news.one"), "the news waited");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void saving_is_one_transaction_and_saving_again_two_calls(String locale) {
    var words = Words.of(locale);
    var device = shop.device(locale, "amzn1.ask.account.SAVE-" + UUID.randomUUID());
    Heard.say(device, words.open());
    Heard.say(device, words.find());
    Heard.say(device, words.first());
    lines.clear();

    Heard saved = Heard.say(device, words.save());
    JsonNode first = onlyLine();
    lines.clear();
    Heard again = Heard.say(device, words.save());

    assertTrue(saved.says(locale, "wishlist.add.done"), saved.speech());
    assertEquals(2, first.path("store").path("calls").asInt(), "one transaction, then the merchant's insight count: " + first);
    assertTrue(again.says(locale, "wishlist.add.already"), again.speech());
    assertEquals(2, onlyLine().path("store").path("calls").asInt(), "the cancelled transaction, then the marker: " + lines);
  }

  /** A shopper who was here before and searched; the session ended. */
  private static AlexaSimulator returning(String locale) {
    var words = Words.of(locale);
    var device = shop.device(locale, "amzn1.ask.account.LAUNCH-" + UUID.randomUUID());
    Heard.say(device, words.open());
    Heard.say(device, words.find());
    device.endSession();
    return device;
  }

  /** A returning shopper whose question one friend answered since their last visit; the session ended. */
  private static AlexaSimulator answeredOnce(String locale) {
    var words = Words.of(locale);
    String user = "amzn1.ask.account.LAUNCH-" + UUID.randomUUID();
    var device = shop.device(locale, user);
    Heard.say(device, words.open());
    Heard.say(device, words.find());
    Heard.say(device, words.first());
    assertTrue(Heard.say(device, words.askAbout()).says(locale, "friends.confirm.send"));
    assertTrue(Heard.say(device, words.yes()).says(locale, "friends.created.card"));
    device.endSession();
    try {
      Thread.sleep(5); // the answer comes after the visit, to the millisecond
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    var question = shop.app().questions().questions(user).get(0);
    shop.app().questions().vote(question.token(), "friend-ben", 0, "Ben", null);
    return device;
  }

  private JsonNode onlyLine() {
    assertEquals(1, lines.size(), "one line per request: " + lines);
    try {
      return JSON.readTree(lines.get(0));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
