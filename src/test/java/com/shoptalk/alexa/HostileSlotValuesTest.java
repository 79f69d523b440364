package com.shoptalk.alexa;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.Ssml;
import com.shoptalk.testing.TestSkill;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Slot values are whatever Alexa heard, or whatever a forged request carries: markup, quotes,
 * control characters, odd Unicode, kilobytes of text. Every answer stays valid SSML and the
 * conversation goes on.
 */
class HostileSlotValuesTest {
  private static final String[] VALUES = {
      "<speak>rugs</speak>", "</speak><audio src=\"https://evil.example/x.mp3\"/>", "tom & jerry's \"best\" rug",
      "rug\u0000\u0007\u202e\u200b", "\ud83d\udecb\ufe0f sofa", "{count} {name}", "x".repeat(5000), "   ",
  };
  private static TestSkill skill;

  @BeforeAll
  static void start() {
    skill = TestSkill.start();
  }

  @AfterAll
  static void stop() {
    skill.close();
  }

  @ParameterizedTest
  @CsvSource({
      "en-US, SearchIntent, query", "de-DE, SearchIntent, query",
      "en-US, AskFriendsForIdeasIntent, topic", "de-DE, AskFriendsForIdeasIntent, topic",
      "en-US, AddToWishListIntent, listName", "de-DE, AddToWishListIntent, listName",
      "en-US, RemoveFromWishListIntent, itemName", "de-DE, RemoveFromWishListIntent, itemName",
      "en-US, RefineSearchIntent, color", "de-DE, RefineSearchIntent, brand",
      "en-US, SelectItemIntent, ordinal", "de-DE, SelectItemIntent, number"})
  void hostile_slot_values_get_a_valid_spoken_answer(String locale, String intent, String slot) {
    AlexaSimulator device = skill.device(locale);
    device.say(locale.equals("de-DE") ? "finde einen teppich" : "find a rug");
    for (String value : VALUES) {
      ObjectNode request = device.request("IntentRequest");
      ObjectNode slots = request.putObject("intent").put("name", intent).putObject("slots");
      slots.putObject(slot).put("name", slot).put("value", value);

      var turn = device.send(null, request);

      Ssml.assertValid(turn.ssml());
      Expect.doesNotContain("<audio", turn.ssml());
      assertFalse(turn.sessionEnded(), intent + " ended the session for " + value.substring(0, Math.min(40, value.length())));
    }
  }
}
