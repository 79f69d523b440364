package com.shoptalk.alexa.buying;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.alexa.friends.FriendsSkill;
import com.shoptalk.catalog.Product;
import com.shoptalk.local.AlexaSimulator.Turn;
import com.shoptalk.testing.Chat;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.Ssml;
import com.shoptalk.testing.TestSkill;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Buy it" hands the product to the shop, in both locales: the link on a card, by e-mail with the permission, a
 * sentence saying where it is; honest when the shop has no link; "which one?" when it is unclear.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuyConversationTest {
  private TestSkill armchairs;

  @BeforeAll
  void start() {
    armchairs = TestSkill.start(Chat.armchairFeeds(), Clock.systemUTC());
  }

  @AfterAll
  void stop() {
    armchairs.close();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | buy it           | The link to Velvet Armchair is in your Alexa app. You can buy it there, at the shop. Anything else? | Open the link to buy it at the shop.
      en-US | send me the link | The link to Velvet Armchair is in your Alexa app. You can buy it there, at the shop. Anything else? | Open the link to buy it at the shop.
      de-DE | kauf es          | Der Link zu Samtsessel ist in deiner Alexa App. Dort kannst du im Shop kaufen. Sonst noch etwas? | Öffne den Link, um es im Shop zu kaufen.
      de-DE | schick mir den link | Der Link zu Samtsessel ist in deiner Alexa App. Dort kannst du im Shop kaufen. Sonst noch etwas? | Öffne den Link, um es im Shop zu kaufen.
      """)
  void buy_it_puts_the_shop_link_on_a_card(String locale, String buy, String answer, String hint) {
    Chat chat = Chat.on(armchairs, locale);
    chat.searchAndChoose(chat.either("find an armchair", "finde einen sessel"), "velvet-armchair");
    Product velvet = chat.product("velvet-armchair");

    Turn turn = chat.say(buy);

    assertEquals("BuyIntent", turn.heard().intent());
    assertEquals(answer, turn.speech());
    Ssml.assertValid(turn.ssml());
    assertFalse(turn.sessionEnded());
    String card = turn.card().orElseThrow();
    Expect.startsWith(velvet.title() + "\n" + chat.price(velvet) + "\n", card);
    Expect.contains("/go/", card);
    assertTrue(card.endsWith("\n" + hint), card);
    assertEquals(velvet.link() + "?utm_source=shoptalk&utm_medium=voice&utm_campaign=buy", chat.shopPageBehind(card));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find an armchair   | order the second one | The link to {name} is in your Alexa app.
      de-DE | finde einen sessel | bestell den zweiten  | Der Link zu {name} ist in deiner Alexa App.
      """)
  void buying_by_position_hands_over_that_product(String locale, String search, String buy, String answer) {
    Chat chat = Chat.on(armchairs, locale);
    List<String> listed = Chat.listed(chat.say(search));
    Product second = chat.product(listed.get(1));
    assertFalse(second.link().isEmpty(), "the test catalog's second armchair has a shop link");

    Turn turn = chat.say(buy);

    Expect.startsWith(answer.replace("{name}", second.spokenName()), turn.speech());
    Expect.startsWith(second.link() + "?", chat.shopPageBehind(turn.card().orElseThrow()));
    assertEquals(second.id(), Chat.focus(turn));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | buy it  | Sorry, the shop hasn't given me a link for Wicker Armchair. You could look for it on the shop's website. Anything else?
      de-DE | kauf es | Tut mir leid, der Shop hat mir für Korbsessel keinen Link gegeben. Such es am besten auf der Website des Shops. Sonst noch etwas?
      """)
  void a_product_without_a_shop_link_is_owned_up_to(String locale, String buy, String answer) {
    Chat chat = Chat.on(armchairs, locale);
    chat.searchAndChoose(chat.either("find an armchair", "finde einen sessel"), "wicker-armchair");

    Turn turn = chat.say(buy);

    assertEquals(answer, turn.speech());
    assertTrue(turn.card().isEmpty(), "no card without a link");
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find an armchair   | buy it  | Which one should I send you the link for? Say, for example: buy the first one.
      de-DE | finde einen sessel | kauf es | Für welchen soll ich dir den Link schicken? Sag zum Beispiel: kauf den ersten.
      """)
  void among_several_results_buy_asks_which_one(String locale, String search, String buy, String answer) {
    Chat chat = Chat.on(armchairs, locale);
    chat.say(search);

    Turn turn = chat.say(buy);

    assertEquals(answer, turn.speech());
    assertTrue(turn.card().isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | buy it  | What would you like to buy? Search first, for example: find a sofa.
      de-DE | kauf es | Was möchtest du kaufen? Such zuerst, zum Beispiel: finde ein Sofa.
      """)
  void before_any_search_buy_asks_what(String locale, String buy, String answer) {
    Turn turn = Chat.on(armchairs, locale).say(buy);

    assertEquals(answer, turn.speech());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | find an armchair   | buy it  | I e-mailed you the link to {name} and put it in your Alexa app. You can buy it there. Anything else?
      de-DE | finde einen sessel | kauf es | Ich habe dir den Link zu {name} gemailt und in deine Alexa App gelegt. Dort kannst du kaufen. Sonst noch etwas?
      """)
  void with_the_email_permission_the_link_is_emailed_too(String locale, String search, String buy, String answer)
      throws Exception {
    try (FriendsSkill shop = FriendsSkill.start()) {
      Chat chat = Chat.through(shop.skill, shop.device(locale).profile("anna@example.com", "Anna"));
      Product first = chat.product(Chat.listed(chat.say(search)).get(0));
      chat.say(chat.number(1));

      Turn turn = chat.say(buy);

      assertEquals(answer.replace("{name}", first.spokenName()), turn.speech());
      String card = turn.card().orElseThrow();
      Expect.startsWith(first.link() + "?", chat.shopPageBehind(card));
      List<MimeMessage> mails = outbox(shop.skill.dataDir().resolve("outbox"));
      assertEquals(1, mails.size());
      assertEquals("anna@example.com", mails.get(0).getAllRecipients()[0].toString());
      Expect.contains(first.title(), mails.get(0).getSubject());
      Expect.startsWith(first.link() + "?", chat.shopPageBehind(plainText(mails.get(0))));
    }
  }

  private static List<MimeMessage> outbox(Path folder) throws Exception {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    var session = Session.getInstance(new Properties());
    try (Stream<Path> files = Files.list(folder)) {
      var mails = new java.util.ArrayList<MimeMessage>();
      for (Path file : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          mails.add(new MimeMessage(session, in));
        }
      }
      return mails;
    }
  }

  private static String plainText(MimeMessage mail) throws Exception {
    var parts = (Multipart) mail.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      if (parts.getBodyPart(i).isMimeType("text/plain")) {
        return (String) parts.getBodyPart(i).getContent();
      }
    }
    throw new AssertionError("no text part");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | how do i pay               | You pay, and arrange delivery, on the shop's own page: I don't take payments or orders. Say buy it, and I'll send you the link to the product.
      en-US | can i pay with paypal      | You pay, and arrange delivery, on the shop's own page: I don't take payments or orders. Say buy it, and I'll send you the link to the product.
      de-DE | wie bezahle ich            | Bezahlung und Lieferung laufen über die Seite des Shops, ich nehme keine Zahlungen oder Bestellungen an. Sag: kauf es, dann schicke ich dir den Link zum Produkt.
      en-US | do you deliver             | You pay, and arrange delivery, on the shop's own page: I don't take payments or orders. Say buy it, and I'll send you the link to the product.
      de-DE | liefert ihr auch           | Bezahlung und Lieferung laufen über die Seite des Shops, ich nehme keine Zahlungen oder Bestellungen an. Sag: kauf es, dann schicke ich dir den Link zum Produkt.
      de-DE | kann ich mit paypal zahlen | Bezahlung und Lieferung laufen über die Seite des Shops, ich nehme keine Zahlungen oder Bestellungen an. Sag: kauf es, dann schicke ich dir den Link zum Produkt.
      """)
  void asked_how_to_pay_the_shopper_hears_it_is_on_the_shop_page_and_nothing_is_bought(
      String locale, String ask, String answer) {
    Chat chat = Chat.on(armchairs, locale);
    chat.searchAndChoose(chat.either("find an armchair", "finde einen sessel"), "velvet-armchair");

    Turn turn = chat.say(ask);

    assertEquals("PaymentIntent", turn.heard().intent());
    assertEquals(answer, turn.speech());
    Ssml.assertValid(turn.ssml());
    assertFalse(turn.sessionEnded());
    assertTrue(turn.card().isEmpty(), "no link is sent unasked");
  }
}
