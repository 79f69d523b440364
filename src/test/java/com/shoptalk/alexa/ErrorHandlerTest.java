package com.shoptalk.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Session;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.shoptalk.question.QuestionNotFound;
import com.shoptalk.storage.StorageUnavailableException;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.Ssml;
import com.shoptalk.wishlist.WishListBusyException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Domain errors are spoken in the shopper's words; anything else is a short apology. */
class ErrorHandlerTest {

  private static String spoken(String locale, RuntimeException failure) {
    return spoken(locale, "AddToWishListIntent", failure);
  }

  private static String spoken(String locale, String intent, RuntimeException failure) {
    var input = HandlerInput.builder().withRequestEnvelope(RequestEnvelope.builder()
        .withSession(Session.builder().withSessionId("s1").withNew(false).build())
        .withRequest(IntentRequest.builder().withLocale(locale).withRequestId("r1")
            .withIntent(Intent.builder().withName(intent).build()).build())
        .build()).build();
    var response = new ErrorHandler().handle(input, failure).orElseThrow();
    String ssml = ((SsmlOutputSpeech) response.getOutputSpeech()).getSsml();
    Ssml.assertValid(ssml);
    assertEquals(false, response.getShouldEndSession());
    return ssml;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | Your list is being changed on another device right now
      de-DE | Deine Liste wird gerade auf einem anderen Gerät geändert
      """)
  void a_busy_wish_list_is_said_as_such(String locale, String expected) {
    Expect.contains(expected, spoken(locale, new WishListBusyException("busy", null)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | I couldn't save that just now. Please try again in a moment.
      de-DE | Das konnte ich gerade nicht speichern. Bitte versuch es gleich noch einmal.
      """)
  void a_store_that_did_not_take_a_write_is_said_honestly(String locale, String expected) {
    Expect.contains(expected, spoken(locale, new StorageUnavailableException("throttled", null)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | I can't read your wish list just now. Please try again in a moment.
      de-DE | Deine Wunschliste kann ich gerade nicht lesen. Bitte versuch es gleich noch einmal.
      """)
  void a_wish_list_that_cannot_be_read_is_said_as_such_not_as_a_failed_save(String locale, String expected) {
    Expect.contains(expected, spoken(locale, "ReadWishListIntent",
        new StorageUnavailableException(StorageUnavailableException.Access.READ, "throttled", null)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | I can't get your friends' answers just now.
      de-DE | Die Antworten deiner Freunde kann ich gerade nicht abrufen.
      """)
  void answers_that_cannot_be_read_are_said_as_such(String locale, String expected) {
    Expect.contains(expected, spoken(locale, "FriendsVerdictIntent",
        new StorageUnavailableException(StorageUnavailableException.Access.READ, "throttled", null)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | I can't look that up just now. Please try again in a moment.
      de-DE | Das kann ich gerade nicht nachsehen. Bitte versuch es gleich noch einmal.
      """)
  void any_other_read_that_failed_is_not_called_a_save(String locale, String expected) {
    Expect.contains(expected, spoken(locale, "AMAZON.NextIntent",
        new StorageUnavailableException(StorageUnavailableException.Access.READ, "throttled", null)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | I couldn't find that question anymore
      de-DE | Diese Frage finde ich nicht mehr
      """)
  void a_question_gone_meanwhile_is_said_as_such(String locale, String expected) {
    Expect.contains(expected, spoken(locale, new QuestionNotFound()));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | Sorry, something went wrong on my side.
      de-DE | Entschuldigung, bei mir ist etwas schiefgelaufen.
      """)
  void anything_else_is_a_short_apology(String locale, String expected) {
    Expect.contains(expected, spoken(locale, new IllegalStateException("boom")));
  }
}
