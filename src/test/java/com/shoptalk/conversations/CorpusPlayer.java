package com.shoptalk.conversations;

import com.shoptalk.conversations.Corpus.Check;
import com.shoptalk.conversations.Corpus.Turn;
import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.local.UtteranceMatcher.Recognition;
import com.shoptalk.testing.Ssml;
import com.shoptalk.testing.TestSkill;
import com.shoptalk.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Plays a locale's corpus through the Alexa simulator against a running skill, as real shoppers
 * would: one account per corpus file, one session per conversation, utterances recognized with the
 * skill package's interaction model. Judges every answer by the turn's expectations.
 */
final class CorpusPlayer {
  /** Keys of the answers that mean "I did not understand" or "I cannot do that here". */
  private static final List<String> GENERIC = List.of(
      "fallback.speech", "fallback.pending", "unhandled.intent", "unhandled.request", "error.general");

  /** What happened in one turn. */
  record Result(Turn turn, String heard, String speech, boolean validSsml, List<String> failures) {
    boolean sensible() {
      return failures.isEmpty();
    }

    int words() {
      return (int) java.util.Arrays.stream(speech.split("\\s+")).filter(w -> w.matches(".*[\\p{L}\\p{N}].*")).count();
    }
  }

  private final TestSkill skill;

  CorpusPlayer(TestSkill skill) {
    this.skill = skill;
  }

  List<Result> play(Corpus corpus) {
    List<String> generic = genericOpenings(corpus.locale());
    var results = new ArrayList<Result>();
    for (Corpus.Shopper shopper : corpus.shoppers()) {
      AlexaSimulator device = skill.device(corpus.locale()).user("amzn1.ask.account.CORPUS-" + corpus.locale() + "-" + shopper.file());
      for (Corpus.Session session : shopper.sessions()) {
        device.endSession();
        for (Turn turn : session.turns()) {
          results.add(judge(turn, device.say(turn.utterance()), generic));
        }
      }
    }
    return results;
  }

  private static Result judge(Turn turn, AlexaSimulator.Turn answer, List<String> generic) {
    String heard = heard(answer.heard());
    String speech = answer.speech();
    var failures = new ArrayList<String>();
    boolean validSsml = true;
    try {
      Ssml.assertValid(answer.ssml());
    } catch (AssertionError e) {
      validSsml = false;
      failures.add("invalid SSML: " + e.getMessage());
    }
    if (!heard.equals(turn.intent())) {
      failures.add("heard " + heard);
    }
    if (speech.isBlank()) {
      failures.add("said nothing");
    }
    if (!turn.intent().equals("AMAZON.FallbackIntent") && generic.stream().anyMatch(speech::contains)) {
      failures.add("generic answer");
    }
    for (Check check : turn.checks()) {
      if (passes(check, answer, speech) == check.negated()) {
        failures.add("check " + check);
      }
    }
    return new Result(turn, heard, speech, validSsml, failures);
  }

  private static boolean passes(Check check, AlexaSimulator.Turn answer, String speech) {
    return switch (check.name()) {
      case "ends" -> answer.sessionEnded();
      case "continues" -> !answer.sessionEnded();
      case "link" -> answer.card().map(card -> card.contains("https://") || card.contains("http://")).orElse(false);
      default -> check.pattern().matcher(speech).find();
    };
  }

  private static String heard(Recognition recognition) {
    return recognition.kind() == Recognition.Kind.LAUNCH ? "launch" : recognition.intent();
  }

  /** The first sentence of each generic answer, as the shopper hears it. */
  private static List<String> genericOpenings(String locale) {
    Messages messages = Messages.of(Locale.forLanguageTag(locale));
    return GENERIC.stream()
        .map(messages::text)
        .map(text -> text.split("(?<=[.!?])\\s", 2)[0])
        .toList();
  }
}
