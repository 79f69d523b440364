package com.shoptalk.testing;

import com.shoptalk.catalog.Product;
import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.local.AlexaSimulator.Turn;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A shopper talking to a {@link TestSkill} on a simulated device in one locale, with what the product question,
 * compare and buy tests check their answers against: the catalog, prices written out independently, positions.
 */
public final class Chat {
  private static final List<String> NUMBERS_EN = List.of("one", "two", "three", "four", "five", "six", "seven");
  private static final Pattern GO_LINK = Pattern.compile("https?://\\S+/go/([A-Za-z0-9_~.-]+)");
  private static final List<String> NUMBERS_DE = List.of("eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben");

  public final TestSkill skill;
  public final AlexaSimulator device;
  public final String locale;

  private Chat(TestSkill skill, AlexaSimulator device, String locale) {
    this.skill = skill;
    this.device = device;
    this.locale = locale;
  }

  /** A new Alexa account in a locale, so tests sharing one skill never see each other's lists. */
  public static Chat on(TestSkill skill, String locale) {
    return new Chat(skill, skill.device(locale).user("amzn1.ask.account.TEST-" + UUID.randomUUID()), locale);
  }

  /** Talks through a device of the caller's (one whose profile API the test serves). */
  public static Chat through(TestSkill skill, AlexaSimulator device) {
    return new Chat(skill, device, device.locale());
  }

  /**
   * The skill's settings for a catalog of four armchairs written for these tests
   * ({@code src/test/resources/catalog/questions}): in stock with brand, materials, finish and highlights; out of
   * stock; nothing known and no shop link; pre-order.
   */
  public static Map<String, String> armchairFeeds() {
    Path folder = Path.of("src/test/resources/catalog/questions").toAbsolutePath();
    return Map.of("CATALOG_FEED_EN_US", folder.resolve("en-US.tsv").toString(),
        "CATALOG_FEED_DE_DE", folder.resolve("de-DE.tsv").toString());
  }

  /** Asserts the whole answer, that it is valid SSML, and that the skill keeps listening. */
  public static void assertAnswered(String expected, Turn turn) {
    org.junit.jupiter.api.Assertions.assertEquals(expected, turn.speech());
    Ssml.assertValid(turn.ssml());
    org.junit.jupiter.api.Assertions.assertFalse(turn.sessionEnded(), "the session stays open");
  }

  public Turn say(String utterance) {
    return device.say(utterance);
  }

  public boolean german() {
    return locale.equals("de-DE");
  }

  /** English or German, whichever this shopper speaks. */
  public String either(String english, String german) {
    return german() ? german : english;
  }

  public Product product(String id) {
    return skill.app().catalogs().forLocale(Locale.forLanguageTag(locale)).byId(id)
        .orElseThrow(() -> new AssertionError("not in the catalog: " + id));
  }

  /**
   * Where the counting shop link on a card or in an e-mail leads ({@code /go/<code>}, as the redirect would send
   * the browser): the product's shop page with ShopTalk's UTM parameters.
   */
  public String shopPageBehind(String text) {
    Matcher link = GO_LINK.matcher(text);
    if (!link.find()) {
      throw new AssertionError("no counting shop link in:\n" + text);
    }
    return skill.app().shopLinks().follow(link.group(1), false)
        .orElseThrow(() -> new AssertionError("the link leads nowhere: " + link.group()));
  }

  /** "number three" / "nummer drei". */
  public String number(int n) {
    return either("number ", "nummer ") + (german() ? NUMBERS_DE : NUMBERS_EN).get(n - 1);
  }

  /** Searches and chooses the product with this id by its number; returns the products listed. */
  public List<String> searchAndChoose(String search, String productId) {
    List<String> listed = listed(say(search));
    int position = listed.indexOf(productId) + 1;
    if (position == 0) {
      throw new AssertionError(search + " did not find " + productId + ": " + listed);
    }
    say(number(position));
    return listed;
  }

  /** The products the skill keeps numbered after a turn, in order (all of them, not just those read). */
  public static List<String> listed(Turn turn) {
    var ids = new ArrayList<String>();
    turn.response().path("sessionAttributes").path("listing").path("productIds").forEach(id -> ids.add(id.asText()));
    return ids;
  }

  /** The product in focus after a turn, or {@code null}. */
  public static String focus(Turn turn) {
    var focus = turn.response().path("sessionAttributes").path("listing").path("focusId");
    return focus.isMissingNode() || focus.isNull() ? null : focus.asText();
  }

  /** A price as a shopper hears it, written out independently of the skill: "$2,499", "79,99 €". */
  public String price(BigDecimal amount) {
    String pattern = amount.stripTrailingZeros().scale() <= 0 ? "%,.0f" : "%,.2f";
    return german() ? String.format(Locale.GERMANY, pattern, amount) + " €" : "$" + String.format(Locale.US, pattern, amount);
  }

  public String price(Product product) {
    return price(product.effectivePrice().amount());
  }
}
