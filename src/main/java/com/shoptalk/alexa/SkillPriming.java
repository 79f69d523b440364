package com.shoptalk.alexa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shoptalk.ShopTalk;
import com.shoptalk.catalog.Catalog;
import com.shoptalk.catalog.Catalogs;
import com.shoptalk.monitoring.RequestLog;
import com.shoptalk.priming.Priming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * SnapStart priming for the skill function. Before Lambda snapshots the initialised function, a short conversation
 * in each locale (open the skill, search the catalog's biggest category, hear about the first product, ask for
 * help, stop) runs through a skill wired like the real one on the same catalogs, but over the table read and never
 * written ({@link ShopTalk#withoutWrites()}) and without e-mail: the catalogs' indexes are opened and searched, and
 * the classes of the ASK SDK, the handlers, the speech and DynamoDB's client are loaded and run, so a restored
 * function answers its first shopper without doing that work. Nothing is stored and nothing is sent.
 */
public final class SkillPriming extends Priming {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The account the priming conversations are held as; no real account has this id. */
  static final String USER_ID = "amzn1.ask.account.SHOPTALK-SNAPSTART-PRIMING";

  private final ShopTalk app;
  private final String skillId;

  /** @param app the function's own wiring; priming runs on its catalogs, never writes its table */
  public SkillPriming(ShopTalk app) {
    super("the skill");
    this.app = app;
    this.skillId = app.config().skillId() == null ? "amzn1.ask.skill.shoptalk-priming" : app.config().skillId();
  }

  /** Registers priming with the runtime's checkpoint hooks ({@link Priming#register}). */
  public static SkillPriming register(ShopTalk app) {
    return Priming.register(new SkillPriming(app));
  }

  /**
   * Runs the priming conversations in both locales.
   *
   * @return each request's answer envelope, in order (JSON)
   */
  @Override
  public List<String> prime() {
    app.primeMailer();
    SkillHandler skill = new SkillHandler(app.withoutWrites());
    Catalogs catalogs = app.catalogs();
    List<String> answers = new ArrayList<>();
    try (var rehearsal = RequestLog.muted()) { // no request lines for an operator: nobody asked
      for (Locale locale : Catalogs.LOCALES) {
        Catalog catalog = catalogs.forLocale(locale);
        Conversation talk = new Conversation(skill, locale.toLanguageTag(), skillId);
        answers.add(talk.say(launch()));
        answers.add(talk.say(intent("SearchIntent", Map.of("query", biggestCategory(catalog)))));
        answers.add(talk.say(intent("ProductDetailsIntent", Map.of("number", "1"))));
        answers.add(talk.say(intent("AMAZON.HelpIntent", Map.of())));
        answers.add(talk.say(intent("AMAZON.StopIntent", Map.of())));
      }
    }
    return answers;
  }

  private static String biggestCategory(Catalog catalog) {
    return catalog.categories().entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .orElse(catalog.brands().isEmpty() ? "a" : catalog.brands().get(0));
  }

  private static ObjectNode launch() {
    ObjectNode request = JSON.createObjectNode();
    request.put("type", "LaunchRequest");
    return request;
  }

  private static ObjectNode intent(String name, Map<String, String> slots) {
    ObjectNode request = JSON.createObjectNode();
    request.put("type", "IntentRequest");
    request.put("dialogState", "COMPLETED");
    ObjectNode intent = request.putObject("intent");
    intent.put("name", name);
    intent.put("confirmationStatus", "NONE");
    ObjectNode slotsNode = intent.putObject("slots");
    slots.forEach((slot, value) -> {
      ObjectNode node = slotsNode.putObject(slot);
      node.put("name", slot);
      node.put("value", value);
      node.put("confirmationStatus", "NONE");
      node.put("source", "USER");
    });
    return request;
  }

  /** One session: each request carries the session attributes the previous answer left. */
  private static final class Conversation {
    private final SkillHandler skill;
    private final String locale;
    private final String skillId;
    private final String sessionId = "amzn1.echo-api.session.priming-" + UUID.randomUUID();
    private JsonNode attributes = JSON.createObjectNode();
    private boolean started;

    Conversation(SkillHandler skill, String locale, String skillId) {
      this.skill = skill;
      this.locale = locale;
      this.skillId = skillId;
    }

    String say(ObjectNode request) {
      request.put("locale", locale);
      request.put("requestId", "amzn1.echo-api.request.priming-" + UUID.randomUUID());
      request.put("timestamp", Instant.now().toString());
      ObjectNode envelope = JSON.createObjectNode();
      envelope.put("version", "1.0");
      ObjectNode session = envelope.putObject("session");
      session.put("new", !started);
      session.put("sessionId", sessionId);
      session.putObject("application").put("applicationId", skillId);
      session.putObject("user").put("userId", USER_ID);
      session.set("attributes", attributes);
      ObjectNode system = envelope.putObject("context").putObject("System");
      system.putObject("application").put("applicationId", skillId);
      system.putObject("user").put("userId", USER_ID);
      system.putObject("device").put("deviceId", "amzn1.ask.device.SHOPTALK-PRIMING").putObject("supportedInterfaces");
      // No Alexa API is reachable (nor called: no access token); priming must not leave the process but for DynamoDB.
      system.put("apiEndpoint", "http://127.0.0.1:9");
      envelope.set("request", request);
      String answer = new String(skill.handle(envelope.toString().getBytes(StandardCharsets.UTF_8)),
          StandardCharsets.UTF_8);
      started = true;
      try {
        JsonNode response = JSON.readTree(answer);
        attributes = response.path("sessionAttributes").isObject() ? response.path("sessionAttributes")
            : JSON.createObjectNode();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return answer;
    }
  }
}
