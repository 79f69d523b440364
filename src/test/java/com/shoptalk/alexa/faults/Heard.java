package com.shoptalk.alexa.faults;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.testing.Ssml;
import com.shoptalk.text.Messages;
import java.time.Duration;
import java.util.Locale;

/** One answer while DynamoDB misbehaves: what was said, checked for Alexa's limits and our 3 s. */
record Heard(AlexaSimulator.Turn turn, Duration took) {
  /** Within this the skill answers whatever DynamoDB does (the store's budget is 2 s of it). */
  static final Duration LIMIT = Duration.ofSeconds(3);

  /** Says {@code utterance} and checks that the answer is valid SSML, came within 3 s and is no generic apology. */
  static Heard say(AlexaSimulator device, String utterance) {
    long start = System.nanoTime();
    AlexaSimulator.Turn turn = device.say(utterance);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    Ssml.assertValid(turn.ssml());
    assertTrue(took.compareTo(LIMIT) < 0, "'" + utterance + "' answered after " + took.toMillis() + " ms: " + turn.speech());
    String speech = turn.speech();
    assertTrue(!speech.contains(lead(device.locale(), "error.general")), "'" + utterance + "': " + speech);
    return new Heard(turn, took);
  }

  String speech() {
    return turn.speech();
  }

  /** Whether the answer has the text of {@code key} (its longest part between placeholders). */
  boolean says(String locale, String key) {
    return speech().contains(lead(locale, key));
  }

  /** The longest literal part of a key's text (placeholders are filled in differently each time). */
  static String lead(String locale, String key) {
    String longest = "";
    for (String part : Messages.of(locale).raw(key).split("\\{[A-Za-z0-9]+}")) {
      if (part.strip().length() > longest.length()) {
        longest = part.strip();
      }
    }
    if (longest.length() < 4) {
      throw new IllegalArgumentException("too little fixed text to recognize " + key + " by");
    }
    return longest;
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
