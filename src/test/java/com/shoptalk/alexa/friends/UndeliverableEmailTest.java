package com.shoptalk.alexa.friends;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.Ssml;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An e-mail that cannot go out: the shopper hears so, the link is still on the card, the log has the cause. */
class UndeliverableEmailTest {
  private FriendsSkill shop;

  @BeforeEach
  void start() throws Exception {
    shop = FriendsSkill.start();
    // A file where the outbox folder belongs: writing the e-mail fails for real.
    Files.writeString(shop.skill.dataDir().resolve("outbox"), "not a folder");
  }

  @AfterEach
  void stop() {
    shop.close();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | Done! I couldn't e-mail you the link, but it's in your Alexa app. Share it with your friends; I'll tell you what they say. Anything else?
      de-DE | Erledigt! Den Link konnte ich dir nicht mailen, aber er ist in deiner Alexa App. Teile ihn mit deinen Freunden; ich sage dir, was sie meinen. Sonst noch etwas?
      """)
  void says_the_email_failed_and_the_link_is_on_the_card(String locale, String answer) {
    AlexaSimulator device = asked(locale);

    var turn = device.say(Say.in(locale).yes());

    assertEquals(answer, turn.speech());
    Ssml.assertValid(turn.ssml());
    FriendsSkill.linkIn(turn.card().orElseThrow());
    assertEquals(1, shop.questions().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void logs_the_cause_once_with_its_stack_trace(String locale) {
    AlexaSimulator device = asked(locale);

    String log = stderrDuring(() -> device.say(Say.in(locale).yes()));

    assertEquals(1, Pattern.compile("question e-mail not sent").matcher(log).results().count(), log);
    Expect.contains("com.shoptalk.mail.MailException: could not write the e-mail", log);
    Expect.contains("at com.shoptalk.mail.OutboxMailer.write(", log);
    Expect.contains("Caused by: java.nio.file.FileAlreadyExistsException", log);
  }

  /** A device that searched and asked about the first two results, with the e-mail permission. */
  private AlexaSimulator asked(String locale) {
    Say say = Say.in(locale);
    AlexaSimulator device = shop.device(locale).profile("anna@example.com", "Anna");
    device.say(say.find());
    device.say(say.firstAndSecond());
    return device;
  }

  /** What the logger (slf4j-simple, which writes to the current System.err) printed while {@code action} ran. */
  private static String stderrDuring(Runnable action) {
    PrintStream original = System.err;
    var captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      action.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
