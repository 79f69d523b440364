package com.shoptalk.alexa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.Ssml;
import com.shoptalk.testing.TestSkill;
import com.shoptalk.user.UserProfile;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListItem;
import com.shoptalk.wishlist.WishListOwner;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Skill events and requests outside a normal conversation, answered in the request's language. */
class SkillEventsAndOddRequestsTest {
  private static final Path FIXTURES = Path.of("src", "test", "resources", "alexa-requests");
  private TestSkill skill;

  @BeforeEach
  void start() {
    skill = TestSkill.start();
  }

  @AfterEach
  void stop() {
    skill.close();
  }

  @Test
  void a_disabled_skill_deletes_the_users_data() throws Exception {
    String userId = "amzn1.account.AM3B00000000000000000000000";
    skill.app().users().save(UserProfile.newUser(userId).withLastSearch("rugs"));
    skill.app().wishLists().add(WishListOwner.account(userId), ListName.DEFAULT,
        new WishListItem("amalia-rug", "Amalia Rug", "Amalia Rug", new BigDecimal("139.99"), "USD", "", "", null));
    skill.app().users().save(UserProfile.newUser("someone-else").withLastSearch("lamps"));

    JsonNode response = skill.invoke(Files.readString(FIXTURES.resolve("jovo-v3/AlexaSkillEvent.SkillDisabled.json")));

    assertTrue(response.path("response").path("outputSpeech").isMissingNode(), "skill events are not spoken");
    assertTrue(skill.app().users().find(userId).isEmpty());
    assertTrue(skill.app().wishLists().items(WishListOwner.account(userId), ListName.DEFAULT).isEmpty());
    assertEquals("lamps", skill.app().users().find("someone-else").orElseThrow().lastSearch());
  }

  @ParameterizedTest
  @CsvSource({"SearchIntent, MAYBE", "MyNameIsIntent, NO"})
  void name_free_discovery_is_offered_for_search_only(String intent, String answer) throws Exception {
    String request = Files.readString(FIXTURES.resolve("jovo-v3/CanFulfillIntentRequest.json"))
        .replace("MyNameIsIntent", intent);

    JsonNode response = skill.invoke(request);

    assertEquals(answer, response.path("response").path("canFulfillIntent").path("canFulfill").asText());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | Sorry, I can't do that here.
      de-DE | Entschuldigung, das geht hier nicht.
      """)
  void a_request_type_nobody_knows_gets_a_friendly_answer_in_the_request_language(String locale, String answer) throws Exception {
    String request = Files.readString(FIXTURES.resolve("alexa-app/unknown_type_request.json"))
        .replace("\"timestamp\": \"2015-05-13T12:34:56Z\"", "\"timestamp\": \"2015-05-13T12:34:56Z\", \"locale\": \"" + locale + "\"");

    JsonNode response = skill.invoke(request);

    String ssml = response.path("response").path("outputSpeech").path("ssml").asText();
    Ssml.assertValid(ssml);
    Expect.contains(answer, ssml);
    assertFalse(response.path("response").path("shouldEndSession").asBoolean(true));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      en-US | Sorry, I can't help with that here.
      de-DE | Entschuldigung, dabei kann ich hier nicht helfen.
      """)
  void another_skills_intent_gets_a_pointer_to_what_works(String locale, String answer) throws Exception {
    var request = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(Files.readString(FIXTURES.resolve("alexa-net/IntentRequest.json")).replace("\uFEFF", ""));
    request.with("request").put("locale", locale);

    JsonNode response = skill.invoke(request.toString());

    Expect.contains(answer, response.path("response").path("outputSpeech").path("ssml").asText());
  }

  @ParameterizedTest
  @CsvSource({"en-US", "de-DE"})
  void an_ended_session_gets_an_empty_answer(String locale) throws Exception {
    String request = Files.readString(FIXTURES.resolve("jovo-v3/SessionEndedRequest.json"))
        .replace("\"en-US\"", "\"" + locale + "\"");

    JsonNode response = skill.invoke(request);

    assertTrue(response.path("response").path("outputSpeech").isMissingNode());
  }
}
