package com.shoptalk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shoptalk.local.UtteranceMatcher.FilledSlot;
import com.shoptalk.local.UtteranceMatcher.Recognition;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A stand-in for the Alexa service on a laptop: it hears plain utterances, recognizes them with the
 * skill package's own interaction model, sends real request envelopes to the skill, and keeps the
 * session (attributes, new/ongoing) between turns as Alexa does.
 */
public final class AlexaSimulator {
  /** The application id of simulated requests (matches no real skill). */
  public static final String APPLICATION_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What the skill answered, as a person would perceive it. */
  public record Turn(Recognition heard, JsonNode request, JsonNode response) {
    /** The spoken answer as an SSML document, or {@code ""} when the skill said nothing. */
    public String ssml() {
      return response.path("response").path("outputSpeech").path("ssml").asText("");
    }

    /** The spoken answer as plain text. */
    public String speech() {
      return com.shoptalk.text.Ssml.toPlainText(ssml());
    }

    /** The card's title and text, when the answer has a card. */
    public Optional<String> card() {
      JsonNode card = response.path("response").path("card");
      if (card.isMissingNode() || card.isNull()) {
        return Optional.empty();
      }
      String text = card.has("content") ? card.path("content").asText() : card.path("text").asText();
      return Optional.of(card.path("title").asText() + "\n" + text);
    }

    /** Whether the skill ended the session. */
    public boolean sessionEnded() {
      return response.path("response").path("shouldEndSession").asBoolean(true);
    }
  }

  private final Path skillPackage;
  private final Function<byte[], byte[]> skill;
  private final Map<String, UtteranceMatcher> matchers = new HashMap<>();

  private String locale = "en-US";
  private String userId = "amzn1.ask.account.LOCAL-DEVELOPER";
  private String personId;
  private boolean screen;
  private String apiEndpoint = "https://api.amazonalexa.com";
  private String consentToken;
  private ObjectNode sessionAttributes;
  private String sessionId;

  /**
   * A simulator for the skill package in {@code skillPackage}, sending each request envelope to
   * {@code skill} (in-process or over HTTP).
   */
  public AlexaSimulator(Path skillPackage, Function<byte[], byte[]> skill) {
    this.skillPackage = skillPackage;
    this.skill = skill;
  }

  public AlexaSimulator locale(String localeTag) {
    if (!localeTag.equals(locale)) {
      endSession();
    }
    this.locale = localeTag;
    return this;
  }

  public String locale() {
    return locale;
  }

  public AlexaSimulator user(String userId) {
    endSession();
    this.userId = userId;
    return this;
  }

  /** A recognized voice (null for an unrecognized speaker). */
  public AlexaSimulator person(String personId) {
    this.personId = personId;
    return this;
  }

  /** A device with a screen (APL) or a voice-only speaker. */
  public AlexaSimulator screen(boolean screen) {
    this.screen = screen;
    return this;
  }

  /** Where Alexa's APIs are: the local server's base URL, which simulates the profile API. */
  public AlexaSimulator apiEndpoint(String apiEndpoint) {
    this.apiEndpoint = apiEndpoint;
    return this;
  }

  /**
   * The shopper grants ShopTalk their e-mail address and given name (either may be null: not
   * granted); with both null, no permission at all.
   */
  public AlexaSimulator profile(String email, String givenName) {
    this.consentToken = email == null && givenName == null ? null : LocalProfileApi.token(email, givenName);
    return this;
  }

  public boolean inSession() {
    return sessionId != null;
  }

  /** Forgets the session, as when the shopper walks away. */
  public void endSession() {
    sessionId = null;
    sessionAttributes = null;
  }

  /** What the interaction model makes of an utterance in the current locale. */
  public Recognition hear(String utterance) {
    return matcher().recognize(utterance);
  }

  /** Says something to the skill and returns its answer. */
  public Turn say(String utterance) {
    Recognition heard = hear(utterance);
    if (heard.kind() != Recognition.Kind.INTENT) {
      endSession();
    }
    if (heard.kind() == Recognition.Kind.LAUNCH) {
      return send(heard, request("LaunchRequest"));
    }
    ObjectNode request = request("IntentRequest");
    ObjectNode intent = request.putObject("intent");
    intent.put("name", heard.intent());
    intent.put("confirmationStatus", "NONE");
    ObjectNode slots = intent.putObject("slots");
    matcher().model().intent(heard.intent()).ifPresent(declared ->
        declared.slotTypes().forEach((name, type) -> slot(slots, name, type, heard.slots().get(name))));
    return send(heard, request);
  }

  /** Sends any request body (a skill event, a touch on the screen) in the current session. */
  public Turn send(Recognition heard, ObjectNode request) {
    boolean isNew = sessionId == null;
    if (isNew) {
      sessionId = "amzn1.echo-api.session." + UUID.randomUUID();
      sessionAttributes = JSON.createObjectNode();
    }
    ObjectNode envelope = envelope(request, isNew);
    byte[] answer = skill.apply(envelope.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    JsonNode response;
    try {
      response = JSON.readTree(answer);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the skill did not answer with JSON: " + new String(answer, java.nio.charset.StandardCharsets.UTF_8), e);
    }
    JsonNode attributes = response.path("sessionAttributes");
    if (response.path("response").path("shouldEndSession").asBoolean(true)
        || "SessionEndedRequest".equals(request.path("type").asText())) {
      endSession();
    } else {
      sessionAttributes = attributes.isObject() ? (ObjectNode) attributes : JSON.createObjectNode();
    }
    return new Turn(heard, envelope, response);
  }

  /** A bare request of a type, with id, timestamp and locale. */
  public ObjectNode request(String type) {
    ObjectNode request = JSON.createObjectNode();
    request.put("type", type);
    request.put("requestId", "amzn1.echo-api.request." + UUID.randomUUID());
    request.put("timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    request.put("locale", locale);
    return request;
  }

  private ObjectNode envelope(ObjectNode request, boolean isNew) {
    ObjectNode envelope = JSON.createObjectNode();
    envelope.put("version", "1.0");
    ObjectNode session = envelope.putObject("session");
    session.put("new", isNew);
    session.put("sessionId", sessionId);
    session.putObject("application").put("applicationId", APPLICATION_ID);
    session.set("attributes", sessionAttributes.deepCopy());
    session.putObject("user").put("userId", userId);

    ObjectNode system = envelope.putObject("context").putObject("System");
    system.putObject("application").put("applicationId", APPLICATION_ID);
    ObjectNode user = system.putObject("user");
    user.put("userId", userId);
    if (consentToken != null) {
      user.putObject("permissions").put("consentToken", consentToken);
    }
    if (personId != null) {
      system.putObject("person").put("personId", personId);
    }
    ObjectNode device = system.putObject("device");
    device.put("deviceId", "amzn1.ask.device.LOCAL-CONSOLE");
    ObjectNode interfaces = device.putObject("supportedInterfaces");
    if (screen) {
      interfaces.putObject("Alexa.Presentation.APL").putObject("runtime").put("maxVersion", "2023.3");
      ObjectNode viewport = envelope.with("context").putObject("Viewport");
      viewport.put("shape", "RECTANGLE");
      viewport.put("pixelWidth", 1280);
      viewport.put("pixelHeight", 800);
      viewport.put("dpi", 160);
      viewport.put("currentPixelWidth", 1280);
      viewport.put("currentPixelHeight", 800);
      viewport.putArray("touch").add("SINGLE");
    }
    system.put("apiEndpoint", apiEndpoint);
    system.put("apiAccessToken", consentToken != null ? consentToken : "local-access-token");
    envelope.set("request", request);
    return envelope;
  }

  private static void slot(ObjectNode slots, String name, String type, FilledSlot filled) {
    ObjectNode slot = slots.putObject(name);
    slot.put("name", name);
    slot.put("confirmationStatus", "NONE");
    if (filled == null) {
      return;
    }
    slot.put("value", filled.value());
    slot.put("source", "USER");
    if (filled.customType()) {
      ObjectNode resolution = slot.putObject("resolutions").putArray("resolutionsPerAuthority").addObject();
      resolution.put("authority", "amzn1.er-authority.echo-sdk." + APPLICATION_ID + "." + type);
      if (filled.resolvedId() != null) {
        resolution.putObject("status").put("code", "ER_SUCCESS_MATCH");
        ObjectNode value = resolution.putArray("values").addObject().putObject("value");
        value.put("name", filled.resolvedName());
        value.put("id", filled.resolvedId());
      } else {
        resolution.putObject("status").put("code", "ER_SUCCESS_NO_MATCH");
      }
    }
  }

  private UtteranceMatcher matcher() {
    return matchers.computeIfAbsent(locale, tag -> new UtteranceMatcher(InteractionModel.load(skillPackage, tag)));
  }
}
