package com.shoptalk.alexa;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.testing.Expect;
import com.shoptalk.testing.TestSkill;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With SKILL_ID set, only requests for that skill are answered. */
class SkillIdTest {

  @Test
  void requests_for_the_configured_skill_are_answered() {
    try (var skill = TestSkill.start(Map.of("SKILL_ID", AlexaSimulator.APPLICATION_ID), Clock.systemUTC())) {
      Expect.startsWith("Welcome to Shop Talk!", skill.device("en-US").say("open shop talk").speech());
    }
  }

  @Test
  void requests_for_another_skill_are_rejected() {
    try (var skill = TestSkill.start(Map.of("SKILL_ID", "amzn1.ask.skill.11111111-2222-3333-4444-555555555555"), Clock.systemUTC())) {
      var device = skill.device("en-US");

      var rejected = assertThrows(IllegalArgumentException.class, () -> device.say("open shop talk"));

      Expect.contains("not for this skill", rejected.getMessage());
    }
  }
}
