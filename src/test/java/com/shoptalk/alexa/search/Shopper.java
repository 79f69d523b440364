package com.shoptalk.alexa.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shoptalk.catalog.Catalog;
import com.shoptalk.catalog.Product;
import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.local.AlexaSimulator.Turn;
import com.shoptalk.local.UtteranceMatcher.FilledSlot;
import com.shoptalk.local.UtteranceMatcher.Recognition;
import com.shoptalk.testing.TestSkill;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A shopper on a simulated device, with what the search tests need to check what they heard. */
final class Shopper {
  final TestSkill skill;
  final AlexaSimulator device;
  final String locale;

  private Shopper(TestSkill skill, String locale) {
    this.skill = skill;
    this.locale = locale;
    // Each test is its own Alexa account, so tests sharing one skill never see each other's profile.
    this.device = skill.device(locale).user("amzn1.ask.account.TEST-" + UUID.randomUUID());
  }

  static Shopper on(TestSkill skill, String locale) {
    return new Shopper(skill, locale);
  }

  boolean german() {
    return locale.equals("de-DE");
  }

  Turn say(String utterance) {
    return device.say(utterance);
  }

  /** The catalog of this shopper's locale, the source of truth for names and prices. */
  Catalog catalog() {
    return skill.app().catalogs().forLocale(Locale.forLanguageTag(locale));
  }

  Product product(String id) {
    return catalog().byId(id).orElseThrow(() -> new AssertionError("not in the catalog: " + id));
  }

  /** The products the skill keeps numbered after a turn, in order (all of them, not just those read). */
  static List<String> listed(Turn turn) {
    var ids = new ArrayList<String>();
    turn.response().path("sessionAttributes").path("listing").path("productIds").forEach(id -> ids.add(id.asText()));
    return ids;
  }

  /**
   * A price as a shopper should hear it, written out independently of the skill's formatting:
   * "$2,499", "$79.99" / "2.499 €", "79,99 €".
   */
  String price(BigDecimal amount) {
    String pattern = amount.stripTrailingZeros().scale() <= 0 ? "%,.0f" : "%,.2f";
    return german() ? String.format(Locale.GERMANY, pattern, amount) + " €" : "$" + String.format(Locale.US, pattern, amount);
  }

  String price(Product product) {
    return price(product.effectivePrice().amount());
  }

  /** How a numbered product is read in a list: "2: Abigail Lounge Chair, $700." */
  String item(int number, Product product) {
    return number + ": " + product.spokenName() + ", " + price(product) + ".";
  }

  /**
   * Sends RefineSearchIntent with one slot filled, as Alexa would. Built by hand because the
   * simulator's matcher cannot fill camel-case slot names such as {@code maxPrice} (it lower-cases
   * the samples); the request still goes through the Lambda entry point.
   */
  Turn refine(String slot, String value) {
    ObjectNode request = device.request("IntentRequest");
    ObjectNode intent = request.putObject("intent");
    intent.put("name", "RefineSearchIntent");
    intent.put("confirmationStatus", "NONE");
    ObjectNode slots = intent.putObject("slots");
    for (String name : List.of("maxPrice", "minPrice", "color", "brand")) {
      ObjectNode filled = slots.putObject(name);
      filled.put("name", name);
      filled.put("confirmationStatus", "NONE");
      if (name.equals(slot)) {
        filled.put("value", value);
      }
    }
    return device.send(new Recognition(Recognition.Kind.INTENT, "RefineSearchIntent",
        Map.of(slot, new FilledSlot(value, null, null, false))), request);
  }

  /** A touch on the screen's numbered list: an APL UserEvent with ["select", number]. */
  Turn touch(int number) {
    ObjectNode request = device.request("Alexa.Presentation.APL.UserEvent");
    request.put("token", "shoptalk-list");
    request.putArray("arguments").add("select").add(number);
    request.putObject("source").put("type", "TouchWrapper").put("handler", "Press");
    return device.send(new Recognition(Recognition.Kind.INTENT, null, Map.of()), request);
  }

  /** The response's directives of one type. */
  static List<JsonNode> directives(Turn turn, String type) {
    var found = new ArrayList<JsonNode>();
    turn.response().path("response").path("directives").forEach(d -> {
      if (d.path("type").asText().equals(type)) {
        found.add(d);
      }
    });
    return found;
  }
}
