package com.shoptalk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.testing.TestSkill;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every sample utterance of the interaction model, said with example slot values, is understood as
 * its own intent: no sample is shadowed by another intent's, so what the model promises the
 * shopper is what the skill gets.
 */
class InteractionModelSamplesTest {
  private static final Map<String, Map<String, String>> EXAMPLES = Map.of(
      "en-US", Map.of("AMAZON.NUMBER", "three", "AMAZON.ORDINAL", "second", "AMAZON.SearchQuery", "scented candles",
          "AMAZON.DATE", "tomorrow", "AMAZON.TIME", "evening"),
      "de-DE", Map.of("AMAZON.NUMBER", "drei", "AMAZON.ORDINAL", "zweite", "AMAZON.SearchQuery", "duftkerzen",
          "AMAZON.DATE", "morgen", "AMAZON.TIME", "abend"));

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void every_sample_is_understood_as_its_own_intent(String locale) {
    InteractionModel model = InteractionModel.load(TestSkill.SKILL_PACKAGE, locale);
    var matcher = new UtteranceMatcher(model);
    List<String> misunderstood = new ArrayList<>();
    int samples = 0;
    for (InteractionModel.Intent intent : model.intents()) {
      for (String sample : intent.samples()) {
        samples++;
        String spoken = sample;
        for (var slot : intent.slotTypes().entrySet()) {
          spoken = spoken.replace("{" + slot.getKey() + "}", example(model, locale, slot.getValue()));
        }
        var heard = matcher.recognize(spoken);
        if (!intent.name().equals(heard.intent())) {
          misunderstood.add("\"" + spoken + "\" (" + intent.name() + ") heard as " + heard.intent());
        }
      }
    }
    assertTrue(samples > 300, "a rich model: " + samples + " samples");
    assertEquals(List.of(), misunderstood);
  }

  private static String example(InteractionModel model, String locale, String type) {
    String builtIn = EXAMPLES.get(locale).get(type);
    if (builtIn != null) {
      return builtIn;
    }
    return model.types().get(type).get(0).name();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void the_example_phrases_of_the_skill_store_work(String locale) throws Exception {
    var manifest = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(TestSkill.SKILL_PACKAGE.resolve("skill.json").toFile());
    var phrases = manifest.path("manifest").path("publishingInformation").path("locales").path(locale).path("examplePhrases");
    assertTrue(phrases.size() >= 3, "three example phrases for " + locale);
    try (var skill = TestSkill.start()) {
      for (var phrase : phrases) {
        var device = skill.device(locale);

        var turn = device.say(phrase.asText());

        assertTrue(!"AMAZON.FallbackIntent".equals(turn.heard().intent()), phrase.asText() + " was not understood");
        assertTrue(!turn.speech().isBlank() && !turn.sessionEnded(), phrase.asText() + " -> " + turn.speech());
      }
    }
  }
}
