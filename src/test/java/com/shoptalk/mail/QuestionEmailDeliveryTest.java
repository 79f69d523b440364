package com.shoptalk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The question e-mail is built and handed over whatever class loader runs ShopTalk: the local run's
 * ({@code exec:java}, whose class path lacks Jakarta Activation's implementation) and a function's
 * in a host whose context class loader holds its own copy of Jakarta Mail.
 */
class QuestionEmailDeliveryTest {
  private static final String LINK = "http://127.0.0.1:8080/q/V38-sboplKnCXUoUUsccHU9X";

  private static Isolated localRun;
  private static Isolated function;

  @TempDir Path outbox;

  @BeforeAll
  static void load() {
    localRun = Isolated.likeTheLocalRun();
    function = Isolated.withFullClassPath();
  }

  @AfterAll
  static void unload() throws Exception {
    localRun.close();
    function.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void the_local_run_writes_a_readable_question_email(String locale) throws Throwable {
    assertFalse(localRun.seesActivationImplementation());

    // exec:java makes the project's loader the context class loader of the threads it starts.
    String file = (String) localRun.call(localRun.loader(), Drivers.class.getName(), "writeToOutbox",
        outbox.toString(), locale, LINK);

    ReadableQuestionEmail.assertReadable(Parsed.message(Files.readAllBytes(Path.of(file))), locale, LINK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void a_context_loader_with_another_jakarta_mail_does_not_matter(String locale) throws Throwable {
    String file = (String) function.call(ClassLoader.getSystemClassLoader(), Drivers.class.getName(), "writeToOutbox",
        outbox.toString(), locale, LINK);

    ReadableQuestionEmail.assertReadable(Parsed.message(Files.readAllBytes(Path.of(file))), locale, LINK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void ses_receives_the_readable_question_email_as_raw_mime(String locale) throws Throwable {
    try (var ses = new SesStandIn()) {
      function.call(ClassLoader.getSystemClassLoader(), Drivers.class.getName(), "sendThroughSes",
          ses.endpoint(), locale, LINK);

      assertEquals(1, ses.requests().size());
      Map<String, String> request = ses.requests().get(0);
      assertEquals("SendRawEmail", request.get("Action"));
      assertEquals("ShopTalk <noreply@shoptalk.example>", request.get("Source"));
      assertEquals("you@example.com", request.get("Destinations.member.1"));
      var message = Parsed.message(SesStandIn.rawMessage(request));
      assertEquals("you@example.com", message.getAllRecipients()[0].toString());
      ReadableQuestionEmail.assertReadable(message, locale, LINK);
    }
  }
}
