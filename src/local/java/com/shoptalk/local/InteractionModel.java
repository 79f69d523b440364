package com.shoptalk.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One locale's interaction model from {@code skill-package/interactionModels/custom/<locale>.json}:
 * invocation name, intents with their slots and sample utterances, and custom slot types.
 */
public record InteractionModel(
    Locale locale, String invocationName, List<Intent> intents, Map<String, List<SlotValue>> types) {

  /** An intent: its name, slot types by slot name, and sample utterances. */
  public record Intent(String name, Map<String, String> slotTypes, List<String> samples) {}

  /** A value of a custom slot type with its id and synonyms. */
  public record SlotValue(String id, String name, List<String> synonyms) {}

  /** Reads the model of a locale from a skill package folder. */
  public static InteractionModel load(Path skillPackage, String localeTag) {
    Path file = skillPackage.resolve("interactionModels/custom/" + localeTag + ".json");
    try {
      return parse(new ObjectMapper().readTree(Files.readAllBytes(file)), Locale.forLanguageTag(localeTag));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read interaction model " + file, e);
    }
  }

  static InteractionModel parse(JsonNode root, Locale locale) {
    JsonNode model = root.path("interactionModel").path("languageModel");
    var intents = new ArrayList<Intent>();
    for (JsonNode intent : model.path("intents")) {
      var slots = new LinkedHashMap<String, String>();
      intent.path("slots").forEach(s -> slots.put(s.path("name").asText(), s.path("type").asText()));
      var samples = new ArrayList<String>();
      intent.path("samples").forEach(s -> samples.add(s.asText()));
      intents.add(new Intent(intent.path("name").asText(), slots, samples));
    }
    var types = new LinkedHashMap<String, List<SlotValue>>();
    for (JsonNode type : model.path("types")) {
      var values = new ArrayList<SlotValue>();
      for (JsonNode value : type.path("values")) {
        var synonyms = new ArrayList<String>();
        value.path("name").path("synonyms").forEach(s -> synonyms.add(s.asText()));
        String name = value.path("name").path("value").asText();
        values.add(new SlotValue(value.path("id").asText(name), name, synonyms));
      }
      types.put(type.path("name").asText(), values);
    }
    return new InteractionModel(locale, model.path("invocationName").asText(), intents, types);
  }

  public Optional<Intent> intent(String name) {
    return intents.stream().filter(i -> i.name().equals(name)).findFirst();
  }
}
