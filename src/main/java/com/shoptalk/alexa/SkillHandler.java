package com.shoptalk.alexa;

import com.amazon.ask.Skill;
import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.ui.SsmlOutputSpeech;
import com.amazon.ask.util.impl.ObjectMapperFactory;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shoptalk.ShopTalk;
import com.shoptalk.monitoring.RequestLog;
import com.shoptalk.storage.TurnBudget;
import com.shoptalk.text.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lambda entry point of the Alexa skill. It only wires: ShopTalk is built once per container (so a
 * SnapStart snapshot holds the catalog index), then every request runs through the same skill.
 *
 * <p>Unlike the SDK's own stream handler it answers request types the SDK cannot even read (new
 * Alexa event types, say) with a friendly sentence instead of an exception.
 */
public class SkillHandler implements RequestStreamHandler {
  private static final Logger LOG = LoggerFactory.getLogger(SkillHandler.class);

  private final Skill skill;
  /** Held here: the runtime's checkpoint hooks reference it only weakly. */
  private final SkillPriming priming;

  /** Lambda's constructor: ShopTalk from the environment, primed before a SnapStart snapshot ({@link SkillPriming}). */
  public SkillHandler() {
    this(ShopTalk.fromEnvironment(), true);
  }

  private SkillHandler(ShopTalk app, boolean primeBeforeSnapshot) {
    this.skill = ShopTalkSkill.build(app.skillServices());
    Json.warmUp();
    app.awaitStartUp();
    this.priming = primeBeforeSnapshot ? SkillPriming.register(app) : null;
  }

  /** The skill on ShopTalk's services (the local run, tests). */
  public SkillHandler(ShopTalk app) {
    this(app, false);
  }

  public SkillHandler(Skill skill) {
    this.skill = skill;
    this.priming = null;
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    try (var log = RequestLog.begin("skill", context == null ? null : context.getAwsRequestId())) {
      output.write(answer(input.readAllBytes(), log));
    }
  }

  /**
   * Runs one raw request envelope through the skill (Lambda, and the local server's {@code POST
   * /alexa}), and logs it ({@link RequestLog}).
   *
   * @throws IllegalArgumentException when the bytes are not an Alexa request envelope, or one for
   *     another skill
   */
  public byte[] handle(byte[] requestEnvelope) {
    try (var log = RequestLog.begin("skill", null)) {
      return answer(requestEnvelope, log);
    }
  }

  private byte[] answer(byte[] requestEnvelope, RequestLog log) {
    try {
      return answer(requestEnvelope);
    } catch (IllegalArgumentException rejected) {
      log.outcome(RequestLog.Outcome.REJECTED);
      throw rejected;
    } catch (RuntimeException failed) {
      log.outcome(RequestLog.Outcome.ERROR);
      throw failed;
    }
  }

  private byte[] answer(byte[] requestEnvelope) {
    JsonNode tree;
    try {
      tree = Json.MAPPER.readTree(requestEnvelope);
    } catch (IOException malformed) {
      throw new IllegalArgumentException("not valid JSON");
    }
    if (tree == null || !tree.isObject() || !tree.path("request").path("type").isTextual()) {
      throw new IllegalArgumentException("not an Alexa request envelope (no request.type)");
    }
    if (!tree.path("context").path("System").isObject()) {
      // Old request formats carry no context; the SDK needs one to set up Alexa's API clients.
      ObjectNode system = ((ObjectNode) tree).putObject("context").putObject("System");
      system.set("application", tree.path("session").path("application").deepCopy());
      system.set("user", tree.path("session").path("user").deepCopy());
    }
    RequestEnvelope envelope;
    try {
      envelope = Json.ENVELOPE.readValue(tree);
    } catch (IOException | RuntimeException unreadable) {
      LOG.info("request type the SDK cannot read: {}", tree.path("request").path("type").asText());
      RequestLog.current().name(tree.path("request").path("type").asText("unknown"));
      return unknownRequestAnswer(tree);
    }
    RequestLog.current().name(TurnName.of(envelope))
        .locale(Messages.supported(envelope.getRequest() == null ? null : envelope.getRequest().getLocale()));
    ResponseEnvelope response;
    try (var turn = TurnBudget.start(TurnBudget.VOICE)) {
      response = skill.invoke(envelope);
    } catch (AskSdkException rejected) {
      throw new IllegalArgumentException("the request is not for this skill");
    }
    if (response == null) {
      // The SDK answers nothing when the skill id does not match.
      throw new IllegalArgumentException("the request is not for this skill");
    }
    try {
      return Json.RESPONSE.writeValueAsBytes(response);
    } catch (IOException unwritable) {
      throw new IllegalStateException("the answer could not be written as JSON", unwritable);
    }
  }

  private static byte[] unknownRequestAnswer(JsonNode request) {
    Messages messages = Messages.of(request.path("request").path("locale").asText("en-US"));
    ObjectNode envelope = Json.MAPPER.createObjectNode();
    envelope.put("version", "1.0");
    ObjectNode response = envelope.putObject("response");
    if (request.has("session")) {
      ObjectNode speech = response.putObject("outputSpeech");
      speech.put("type", "SSML");
      speech.put("ssml", "<speak>" + messages.ssml("unhandled.request") + "</speak>");
      response.put("shouldEndSession", false);
    }
    return envelope.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The JSON mappers, made by the constructor while the DynamoDB client is made in the background ({@link
   * ShopTalk#fromEnvironment()}), not by the class's initialisation before it.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
    /** The SDK's own mapper, its envelope types resolved once (not on every request). */
    static final ObjectReader ENVELOPE = ObjectMapperFactory.getMapper().readerFor(RequestEnvelope.class);
    static final ObjectWriter RESPONSE = ObjectMapperFactory.getMapper().writerFor(ResponseEnvelope.class);
    /** A launch as Alexa sends it, with nothing of anyone's in it. */
    private static final String LAUNCH = "{\"version\":\"1.0\",\"session\":{\"new\":true,\"sessionId\":\"start-up\","
        + "\"application\":{\"applicationId\":\"start-up\"},\"user\":{\"userId\":\"start-up\"}},\"context\":{\"System\":"
        + "{\"application\":{\"applicationId\":\"start-up\"},\"user\":{\"userId\":\"start-up\"},\"device\":{\"deviceId\":"
        + "\"start-up\",\"supportedInterfaces\":{}}}},\"request\":{\"type\":\"LaunchRequest\",\"requestId\":\"start-up\","
        + "\"timestamp\":\"2026-01-01T00:00:00Z\",\"locale\":\"en-US\"}}";

    /**
     * Reads a launch envelope and writes an answer envelope, as every request does, without running the skill: the
     * JSON mappers then know the ASK SDK's model classes before the first request. Runs while the DynamoDB client is
     * still being made, on a thread that would otherwise wait for it.
     */
    static void warmUp() {
      try {
        RequestEnvelope launch = ENVELOPE.readValue(MAPPER.readTree(LAUNCH));
        RESPONSE.writeValueAsBytes(ResponseEnvelope.builder().withVersion(launch.getVersion())
            .withResponse(Response.builder().withOutputSpeech(SsmlOutputSpeech.builder().withSsml("<speak></speak>")
                .build()).withShouldEndSession(false).build()).build());
      } catch (IOException | RuntimeException e) {
        LOG.warn("could not warm up the JSON mappers", e);
      }
    }
  }
}
