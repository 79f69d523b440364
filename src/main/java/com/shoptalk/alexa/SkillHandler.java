package com.shoptalk.alexa;

import com.amazon.ask.SkillStreamHandler;
import com.shoptalk.ShopTalk;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Lambda entry point of the Alexa skill. It only wires: ShopTalk is built once per container (so a
 * SnapStart snapshot holds the catalog index), then every request runs through the same skill.
 */
public class SkillHandler extends SkillStreamHandler {

  /** Lambda's constructor: ShopTalk from the environment. */
  public SkillHandler() {
    this(ShopTalk.fromEnvironment());
  }

  public SkillHandler(ShopTalk app) {
    super(ShopTalkSkill.build(app));
  }

  /**
   * Runs one raw request envelope through the skill, as Lambda would (the local server's {@code
   * POST /alexa}).
   *
   * @throws IllegalArgumentException when the bytes are not an Alexa request this skill accepts
   */
  public byte[] handle(byte[] requestEnvelope) {
    var out = new ByteArrayOutputStream();
    try {
      handleRequest(new ByteArrayInputStream(requestEnvelope), out, null);
    } catch (IOException | RuntimeException rejected) {
      throw new IllegalArgumentException(shortReason(rejected), rejected);
    }
    return out.toByteArray();
  }

  private static String shortReason(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (message.contains("skill ID") || message.contains("Skill ID")) {
      return "the request is for another skill";
    }
    return "not an Alexa request envelope";
  }
}
