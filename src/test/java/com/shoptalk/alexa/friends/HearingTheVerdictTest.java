package com.shoptalk.alexa.friends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.question.QuestionService;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.Found;
import com.shoptalk.testing.Ssml;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListItem;
import com.shoptalk.wishlist.WishListOwner;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** "What did my friends say": the tally in words, the winner, the latest comments, and the winner saved after a yes. */
class HearingTheVerdictTest {
  private FriendsSkill shop;
  /** What the shopper's search listed: the options are "the first" and "the second" of it, {1} and {2} in the expected sentences. */
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
      en-US | 2 of 3 friends picked the {2}. Cleo says: Definitely the second. Ben says: Go for the second. Add the {2} to your wish list?
      de-DE | 2 von 3 Freunden haben gewählt: {2}. Cleo schreibt: Definitely the second. Ben schreibt: Go for the second. {2} auf deine Wunschliste?
      """)
  void which_one_verdict_names_the_winner_and_the_latest_comments(String locale, String verdict) {
    Say say = Say.in(locale);
    AlexaSimulator device = askedWhichOne(locale);
    String token = shop.questions().get(0).token();
    vote(token, "friend-dan", 0, "Dan", null);
    vote(token, "friend-ben", 1, "Ben", "Go for the second. It is comfier!");
    vote(token, "friend-cleo", 1, "Cleo", "Definitely the second");

    var turn = device.say(say.verdict());

    assertEquals("FriendsVerdictIntent", turn.heard().intent());
    assertEquals(found.fill(verdict), turn.speech());
    Ssml.assertValid(turn.ssml());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void yes_after_the_verdict_puts_the_winner_on_the_wish_list(String locale) {
    Say say = Say.in(locale);
    AlexaSimulator device = askedWhichOne(locale);
    String token = shop.questions().get(0).token();
    vote(token, "friend-ben", 1, "Ben", null);
    device.say(say.verdict());

    var turn = device.say(say.yes());

    assertFalse(turn.sessionEnded());
    List<WishListItem> items = shop.skill.app().wishLists().items(WishListOwner.account(FriendsSkill.USER), ListName.DEFAULT);
    assertEquals(List.of(found.id(2)), items.stream().map(WishListItem::productId).toList());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | Saved {2} to your wish list.
      de-DE | {2} steht jetzt auf deiner Wunschliste.
      """)
  void yes_after_the_verdict_says_where_the_winner_went(String locale, String answer) {
    Say say = Say.in(locale);
    AlexaSimulator device = askedWhichOne(locale);
    vote(shop.questions().get(0).token(), "friend-ben", 1, "Ben", null);
    device.say(say.verdict());

    var turn = device.say(say.yes());

    assertEquals(found.fill(answer), turn.speech());
    Ssml.assertValid(turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | 2 of 3 friends say buy the {1}. A friend says: Love it &amp; buy it <b>now</b>. | Add the {1} to your wish list?
      de-DE | {1}: 2 von 3 Freunden sagen, kaufen. Jemand schreibt: Love it &amp; buy it <b>now</b>. | {1} auf deine Wunschliste?
      """)
  void buy_or_not_verdict_says_what_most_friends_advise(String locale, String verdict, String offer) {
    Say say = Say.in(locale);
    AlexaSimulator device = askedAboutThis(locale);
    String token = shop.questions().get(0).token();
    vote(token, "friend-1", 0, null, null);
    vote(token, "friend-2", 1, "Ben", null);
    vote(token, "friend-3", 0, null, "Love it & buy it <b>now</b>");

    var turn = device.say(say.verdict());

    assertEquals(found.fill(verdict.replace("&amp;", "&") + " " + offer), turn.speech());
    Ssml.assertValid(turn.ssml());
    Expect.contains(found.fill(verdict).replace("<b>", "&lt;b&gt;").replace("</b>", "&lt;/b&gt;"), turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | Your friends are split on the {1}, 1 to 1.
      de-DE | {1}: Deine Freunde sind sich uneinig, 1 zu 1.
      """)
  void a_tie_on_buy_or_not_is_called_a_tie_and_offers_nothing(String locale, String verdict) {
    Say say = Say.in(locale);
    AlexaSimulator device = askedAboutThis(locale);
    String token = shop.questions().get(0).token();
    vote(token, "friend-1", 0, null, null);
    vote(token, "friend-2", 1, null, null);

    var turn = device.say(say.verdict());

    Expect.startsWith(found.fill(verdict), turn.speech());
    Expect.doesNotContain("?", turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | Your friends are split between the {1} and the {2}, with 2 votes in all.
      de-DE | Deine Freunde sind hin- und hergerissen zwischen {1} und {2}, mit insgesamt 2 Stimmen.
      """)
  void a_tie_between_options_names_them_and_offers_nothing(String locale, String verdict) {
    Say say = Say.in(locale);
    AlexaSimulator device = askedWhichOne(locale);
    String token = shop.questions().get(0).token();
    vote(token, "friend-1", 0, null, null);
    vote(token, "friend-2", 1, null, null);

    var turn = device.say(say.verdict());

    assertEquals(found.fill(verdict), turn.speech());
    Expect.startsWith(locale.equals("de-DE") ? "Prima!" : "Great!", device.say(say.yes()).speech());
    assertTrue(shop.skill.app().wishLists().items(WishListOwner.account(FriendsSkill.USER), ListName.DEFAULT).isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | One friend answered: skip the {1}. Ben says: Too pricey.
      de-DE | {1}: Ein Freund hat geantwortet und rät ab. Ben schreibt: Too pricey.
      """)
  void a_single_answer_is_read_as_one_friend(String locale, String verdict) {
    Say say = Say.in(locale);
    AlexaSimulator device = askedAboutThis(locale);
    vote(shop.questions().get(0).token(), "friend-ben", 1, "Ben", "Too pricey");

    assertEquals(found.fill(verdict), device.say(say.verdict()).speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | 2 friends sent ideas for your sister: a cookbook and a silk scarf.
      de-DE | 2 Freunde haben Ideen für deine Schwester geschickt: a cookbook und a silk scarf.
      """)
  void ideas_verdict_reads_the_ideas(String locale, String verdict) {
    Say say = Say.in(locale);
    AlexaSimulator device = shop.device(locale);
    device.say(say.ideas());
    device.say(say.yes());
    String token = shop.questions().get(0).token();
    shop.skill.app().questions().addIdea(token, "friend-ben", "Ben", "a silk scarf.", "https://shop.example/scarf");
    shop.clock.advance(Duration.ofMinutes(1));
    shop.skill.app().questions().addIdea(token, "friend-cleo", "Cleo", "a cookbook", null);

    var turn = device.say(say.verdict());

    assertEquals(verdict, turn.speech());
    Ssml.assertValid(turn.ssml());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | No answers yet about the {1} or the {2}.
      de-DE | Auf deine Frage „{1} oder {2}“ gibt es noch keine Antworten.
      """)
  void no_answers_yet_is_said_plainly(String locale, String verdict) {
    AlexaSimulator device = askedWhichOne(locale);

    var turn = device.say(Say.in(locale).verdict());

    Expect.startsWith(found.fill(verdict), turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | You haven't asked your friends anything yet. Find something, then say: ask my friends about this.
      de-DE | Du hast deine Freunde noch nichts gefragt. Such etwas und sag dann: frag meine Freunde danach.
      """)
  void without_questions_explains_how_to_ask(String locale, String answer) {
    var turn = shop.device(locale).say(Say.in(locale).verdict());

    Expect.startsWith(answer, turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | One friend answered your question about the {1} or the {2}. Want to hear it? | One friend answered and picked the {2}. Ben says: Go for the second.
      de-DE | Ein Freund hat auf deine Frage „{1} oder {2}“ geantwortet. Möchtest du die Antwort hören? | Ein Freund hat geantwortet und gewählt: {2}. Ben schreibt: Go for the second.
      """)
  void the_next_launch_announces_new_answers_and_yes_reads_them(String locale, String news, String verdict) {
    Say say = Say.in(locale);
    AlexaSimulator device = shop.device(locale);
    device.say(say.open());
    found = found(device.say(say.find()), locale);
    device.say(say.firstAndSecond());
    device.say(say.yes());
    device.endSession();
    shop.clock.advance(Duration.ofHours(2));
    vote(shop.questions().get(0).token(), "friend-ben", 1, "Ben", "Go for the second");

    var launch = device.say(say.open());
    var yes = device.say(say.yes());

    assertEquals(found.fill(news), launch.speech());
    assertFalse(launch.sessionEnded());
    Expect.startsWith(found.fill(verdict), yes.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | Welcome back
      de-DE | Willkommen zurück
      """)
  void answers_heard_at_the_last_launch_are_not_announced_again(String locale, String welcomeBack) {
    Say say = Say.in(locale);
    AlexaSimulator device = askedWhichOne(locale);
    device.endSession();
    device.say(say.open());
    device.endSession();
    shop.clock.advance(Duration.ofMinutes(10));
    vote(shop.questions().get(0).token(), "friend-ben", 1, "Ben", null);
    device.say(say.open());
    device.endSession();
    shop.clock.advance(Duration.ofMinutes(10));

    var launch = device.say(say.open());

    Expect.startsWith(welcomeBack, launch.speech());
  }

  private Found found(AlexaSimulator.Turn search, String locale) {
    return Found.in(search, shop.skill.app(), locale);
  }

  private void vote(String token, String voter, int option, String name, String comment) {
    shop.clock.advance(Duration.ofMinutes(1));
    shop.skill.app().questions().vote(token, voter, option, name, comment);
  }

  private AlexaSimulator askedWhichOne(String locale) {
    Say say = Say.in(locale);
    AlexaSimulator device = shop.device(locale);
    found = found(device.say(say.find()), locale);
    device.say(say.firstAndSecond());
    device.say(say.yes());
    assertTrue(shop.questions().get(0).closesAt().equals(shop.clock.instant().plus(QuestionService.DEFAULT_OPEN)));
    return device;
  }

  private AlexaSimulator askedAboutThis(String locale) {
    Say say = Say.in(locale);
    AlexaSimulator device = shop.device(locale);
    found = found(device.say(say.find()), locale);
    device.say(say.first());
    device.say(say.about());
    device.say(say.yes());
    return device;
  }
}
