package com.shoptalk.alexa.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.persistence.DynamoQuestionRepository;
import com.shoptalk.persistence.DynamoWishListRepository;
import com.shoptalk.question.QuestionService;
import com.shoptalk.testing.FaultyDynamo.Faults;
import com.shoptalk.testing.FaultySkill;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListOwner;
import com.shoptalk.wishlist.WishListService;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A whole conversation through the real skill while 40 % of DynamoDB calls fail (HTTP 500, or the
 * connection dropped — then half of them were carried out and only the answer was lost): every
 * answer comes within 3 s and is either the thing done or an honest "not done"; a shopper who
 * repeats what was not done ends up with the item saved exactly once and exactly one question.
 */
class FlakyTableConversationTest {
  /** Enough tries that a 40 % failure rate lets one through (0.6 ** 12 is well under 1 in 100,000 per call). */
  private static final int TRIES = 12;
  private static FaultySkill shop;

  @BeforeAll
  static void start() {
    shop = FaultySkill.start();
    for (String locale : new String[] {"en-US", "de-DE"}) {
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

  static Stream<Arguments> flaky() {
    var modes = new LinkedHashMap<String, Faults>();
    modes.put("30 % throttled, 10 % HTTP 500", Faults.none().throttling(0.3).serverErrors(0.1));
    modes.put("40 % HTTP 500", Faults.none().serverErrors(0.4));
    modes.put("40 % connections dropped", Faults.none().dropped(0.4));
    return modes.entrySet().stream().flatMap(mode -> Stream.of("en-US", "de-DE")
        .map(locale -> Arguments.of(mode.getKey(), mode.getValue(), locale)));
  }

  @ParameterizedTest(name = "{0}, {2}")
  @MethodSource("flaky")
  void every_answer_is_honest_and_repeats_never_double(String mode, Faults faults, String locale) {
    String user = "amzn1.ask.account.FLAKY-" + UUID.randomUUID();
    var words = Words.of(locale);
    var device = shop.device(locale, user);
    shop.faults(faults);

    Heard welcome = Heard.say(device, words.open());
    assertTrue(welcome.says(locale, "launch.first"), welcome.speech());
    Heard found = Heard.say(device, words.find());
    assertTrue(Heard.lower(found.speech()).contains(words.product()), "search finds products: " + found.speech());
    Heard.say(device, words.first());

    boolean saved = false;
    for (int i = 0; i < TRIES && !saved; i++) {
      Heard save = Heard.say(device, words.save());
      saved = save.says(locale, "wishlist.add.done") || save.says(locale, "wishlist.add.already");
      assertTrue(saved || save.says(locale, "error.store.write"), "saved, or says it was not: " + save.speech());
    }
    assertTrue(saved, "saved at last");

    Heard list = readUntilRead(device, locale, words);
    assertTrue(list.says(locale, "wishlist.read.one"), "the list holds the item once: " + list.speech());

    boolean created = false;
    for (int i = 0; i < TRIES && !created; i++) {
      Heard drafted = Heard.say(device, words.askAbout());
      assertTrue(drafted.says(locale, "friends.confirm.send"), drafted.speech());
      Heard yes = Heard.say(device, words.yes());
      created = yes.says(locale, "friends.created.card");
      assertTrue(created || yes.says(locale, "error.store.createQuestion.yes"), "created, or says it was not: " + yes.speech());
    }
    assertTrue(created, "created at last");

    Heard verdict = Heard.say(device, words.verdict());
    assertTrue(verdict.says(locale, "friends.verdict.none") || verdict.says(locale, "error.store.FriendsVerdictIntent"),
        verdict.speech());

    shop.faults(Faults.none());
    var wishLists = new WishListService(new DynamoWishListRepository(shop.direct()));
    assertEquals(1, wishLists.items(WishListOwner.account(user), ListName.DEFAULT).size(), "saved exactly once");
    var questions = new QuestionService(new DynamoQuestionRepository(shop.direct()), Clock.systemUTC());
    assertEquals(1, questions.questions(user).size(), "exactly one question");
  }

  private static Heard readUntilRead(AlexaSimulator device, String locale, Words words) {
    Heard list = null;
    for (int i = 0; i < TRIES; i++) {
      list = Heard.say(device, words.readList());
      if (!list.says(locale, "error.store.ReadWishListIntent")) {
        return list;
      }
    }
    return list;
  }
}
