package com.shoptalk.alexa.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.persistence.DynamoQuestionRepository;
import com.shoptalk.persistence.DynamoWishListRepository;
import com.shoptalk.question.QuestionService;
import com.shoptalk.testing.FaultyDynamo.Faults;
import com.shoptalk.testing.FaultySkill;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListOwner;
import com.shoptalk.wishlist.WishListService;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A whole conversation through the real skill while DynamoDB does not answer at all — every call
 * throttled, every answer 5 s late, every connection dropped: every answer comes within 3 s, the
 * shopper is welcomed and finds products (the catalog is local), and what needs the table says
 * honestly that it was not done or cannot be read — nothing is stored, nothing claimed.
 */
class TableDownConversationTest {
  private static FaultySkill shop;

  @BeforeAll
  static void start() {
    shop = FaultySkill.start();
    for (String locale : new String[] {"en-US", "de-DE"}) {
      // a fresh JVM's first answers are slow for reasons that have nothing to do with DynamoDB
      var words = Words.of(locale);
      var device = shop.device(locale, "amzn1.ask.account.WARM-UP");
      for (String utterance : new String[] {words.open(), words.find(), words.first(), words.save(), words.readList()}) {
        device.say(utterance);
      }
    }
  }

  @AfterAll
  static void stop() {
    shop.close();
  }

  @BeforeEach
  void noFaults() {
    shop.faults(Faults.none());
  }

  static Stream<Arguments> tableDown() {
    var modes = new java.util.LinkedHashMap<String, Faults>();
    modes.put("every call throttled", Faults.none().throttling(1.0));
    modes.put("every answer 5 s late", Faults.none().slow(1.0, Duration.ofSeconds(5)));
    modes.put("every connection dropped", Faults.none().dropped(1.0));
    return modes.entrySet().stream().flatMap(mode -> Stream.of("en-US", "de-DE")
        .map(locale -> Arguments.of(mode.getKey(), mode.getValue(), locale)));
  }

  @ParameterizedTest(name = "{0}, {2}")
  @MethodSource("tableDown")
  void the_shopper_hears_honest_answers_within_3_seconds(String mode, Faults faults, String locale) {
    String user = "amzn1.ask.account.DOWN-" + UUID.randomUUID();
    var words = Words.of(locale);
    var device = shop.device(locale, user);
    shop.faults(faults);

    assertTrue(Heard.say(device, words.open()).says(locale, "launch.first"), "a plain welcome");
    Heard found = Heard.say(device, words.find());
    assertTrue(Heard.lower(found.speech()).contains(words.product()), "search finds products: " + found.speech());
    Heard.say(device, words.first());
    assertTrue(Heard.say(device, words.save()).says(locale, "error.store.write"), "a save that failed says so");
    assertTrue(Heard.say(device, words.readList()).says(locale, "error.store.ReadWishListIntent"));
    assertTrue(Heard.say(device, words.verdict()).says(locale, "error.store.FriendsVerdictIntent"));
    assertTrue(Heard.say(device, words.askAbout()).says(locale, "friends.confirm.send"), "the question is drafted");
    Heard notCreated = Heard.say(device, words.yes());
    assertTrue(notCreated.says(locale, "error.store.createQuestion.yes"), notCreated.speech());
  }

  @ParameterizedTest(name = "{0}, {2}")
  @MethodSource("tableDown")
  void what_was_not_done_is_done_once_when_the_shopper_asks_again(String mode, Faults faults, String locale) {
    String user = "amzn1.ask.account.AGAIN-" + UUID.randomUUID();
    var words = Words.of(locale);
    var device = shop.device(locale, user);
    Heard.say(device, words.find());
    Heard.say(device, words.first());
    shop.faults(faults);
    Heard.say(device, words.save());
    Heard.say(device, words.askAbout());
    Heard.say(device, words.yes());

    shop.faults(Faults.none());
    Heard created = Heard.say(device, words.yes());
    assertTrue(created.says(locale, "friends.created.card"),
        created.speech());
    Heard saved = Heard.say(device, words.save());
    assertTrue(saved.says(locale, "wishlist.add.done") || saved.says(locale, "wishlist.add.already"), saved.speech());

    var wishLists = new WishListService(new DynamoWishListRepository(shop.direct()));
    assertEquals(1, wishLists.items(WishListOwner.account(user), ListName.DEFAULT).size(), "saved once");
    var questions = new QuestionService(new DynamoQuestionRepository(shop.direct()), Clock.systemUTC());
    assertEquals(1, questions.questions(user).size(), "one question, however often the yes was said");
  }
}
