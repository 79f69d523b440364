package com.shoptalk.alexa.friends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.Ssml;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The link reaches the shopper: always on a card, by e-mail with the permission, and the permission is offered once. */
class DeliveringTheLinkTest {
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
      en-US | Done! I e-mailed you the link and put it in your Alexa app.
      de-DE | Erledigt! Der Link ist gemailt und in deiner Alexa App.
      """)
  void with_the_email_permission_the_link_is_emailed_too(String locale, String mailed) throws Exception {
    AlexaSimulator device = asked(locale).profile("anna@example.com", "Anna");

    var turn = device.say(Say.in(locale).yes());

    Expect.startsWith(mailed, turn.speech());
    Ssml.assertValid(turn.ssml());
    String link = FriendsSkill.linkIn(turn.card().orElseThrow());
    List<MimeMessage> mails = outbox();
    assertEquals(1, mails.size());
    assertEquals("anna@example.com", mails.get(0).getAllRecipients()[0].toString());
    Expect.contains(link, plainText(mails.get(0)));
    assertFalse(turn.response().path("response").path("card").path("type").asText().equals("AskForPermissionsConsent"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | Done! Share the link in your Alexa app with your friends; I'll tell you what they say. Want such links by e-mail too?
      de-DE | Erledigt! Teile den Link aus deiner Alexa App mit deinen Freunden; ich sage dir, was sie meinen. Soll ich dir solche Links auch mailen?
      """)
  void without_the_permission_the_first_question_offers_email(String locale, String answer) throws Exception {
    AlexaSimulator device = asked(locale);

    var turn = device.say(Say.in(locale).yes());

    assertEquals(answer, turn.speech());
    FriendsSkill.linkIn(turn.card().orElseThrow());
    assertFalse(turn.sessionEnded());
    assertTrue(outbox().isEmpty(), "no e-mail without the permission");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | I put a card in your Alexa app. Allow access to your e-mail address there
      de-DE | Ich habe eine Karte in deine Alexa App gelegt. Erlaube dort den Zugriff auf deine E-Mail-Adresse
      """)
  void yes_to_the_offer_sends_the_permission_card(String locale, String answer) {
    Say say = Say.in(locale);
    AlexaSimulator device = asked(locale);
    device.say(say.yes());

    var turn = device.say(say.yes());

    Expect.startsWith(answer, turn.speech());
    JsonNode card = turn.response().path("response").path("card");
    assertEquals("AskForPermissionsConsent", card.path("type").asText());
    List<String> scopes = new ArrayList<>();
    card.path("permissions").forEach(scope -> scopes.add(scope.asText()));
    assertTrue(scopes.contains("alexa::profile:email:read"), scopes.toString());
    assertFalse(turn.sessionEnded());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | Okay, links stay in your Alexa app.
      de-DE | Gut, die Links bleiben in deiner Alexa App.
      """)
  void no_to_the_offer_sends_no_permission_card(String locale, String answer) {
    Say say = Say.in(locale);
    AlexaSimulator device = asked(locale);
    device.say(say.yes());

    var turn = device.say(say.no());

    Expect.startsWith(answer, turn.speech());
    assertTrue(turn.card().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void the_created_question_with_the_email_offer_takes_at_most_25_words(String locale) throws Exception {
    var turn = asked(locale).say(Say.in(locale).yes());

    long words = Arrays.stream(turn.speech().split("\\s+")).filter(w -> w.matches(".*\\w.*")).count();
    assertTrue(words <= 25, words + " words: " + turn.speech());
    Expect.contains(locale.equals("de-DE") ? "mailen?" : "e-mail too?", turn.speech());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | Should I also e-mail you | Anything else?
      de-DE | Soll ich dir solche Links auch per E-Mail | Sonst noch etwas?
      """)
  void the_offer_comes_only_with_the_first_question(String locale, String offer, String next) {
    Say say = Say.in(locale);
    AlexaSimulator device = asked(locale);
    device.say(say.yes());
    device.say(say.no());
    device.say(say.firstAndSecond());

    var turn = device.say(say.yes());

    Expect.doesNotContain(offer, turn.speech());
    Expect.contains(next, turn.speech());
    FriendsSkill.linkIn(turn.card().orElseThrow());
    assertEquals(2, shop.questions().size());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | en-US,en;q=0.8       | <bdi>Anna</bdi></strong> asks | A friend asks
      de-DE | de-DE,de;q=0.9,en;q=0.5 | <bdi>Anna</bdi></strong> fragt | Jemand aus deinem Freundeskreis fragt
      """)
  void friends_see_the_given_name_only_with_the_permission(String locale, String language, String named, String anonymous) {
    Say say = Say.in(locale);
    AlexaSimulator withName = asked(locale).profile("anna@example.com", "Anna");
    String namedLink = FriendsSkill.linkIn(withName.say(say.yes()).card().orElseThrow());
    AlexaSimulator without = asked(locale).profile(null, null);
    String anonymousLink = FriendsSkill.linkIn(without.say(say.yes()).card().orElseThrow());

    String namedPage = FriendsSkill.get(namedLink, language).body();
    String anonymousPage = FriendsSkill.get(anonymousLink, language).body();

    Expect.contains(named, namedPage);
    Expect.contains(anonymous, anonymousPage);
    Expect.doesNotContain("Anna", anonymousPage);
  }

  /** A device that searched, chose the first result and asked about it. */
  private AlexaSimulator asked(String locale) {
    Say say = Say.in(locale);
    AlexaSimulator device = shop.device(locale);
    device.say(say.find());
    device.say(say.first());
    device.say(say.about());
    return device;
  }

  private List<MimeMessage> outbox() throws IOException {
    Path folder = shop.skill.dataDir().resolve("outbox");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    var session = Session.getInstance(new Properties());
    List<MimeMessage> mails = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          mails.add(new MimeMessage(session, in));
        } catch (jakarta.mail.MessagingException e) {
          throw new AssertionError("unreadable e-mail " + file, e);
        }
      }
    }
    return mails;
  }

  private static String plainText(MimeMessage mail) throws Exception {
    Object content = mail.getContent();
    if (content instanceof String text) {
      return text;
    }
    var parts = (Multipart) content;
    for (int i = 0; i < parts.getCount(); i++) {
      if (parts.getBodyPart(i).isMimeType("text/plain")) {
        return (String) parts.getBodyPart(i).getContent();
      }
    }
    throw new AssertionError("no text part");
  }
}
