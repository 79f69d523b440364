package com.shoptalk.conversations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.conversations.CorpusPlayer.Result;
import com.shoptalk.testing.TestSkill;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plays the conversation corpus (natural multi-turn shopping conversations, see
 * {@code src/test/resources/conversations/README.md}) through the Alexa simulator and the skill, and
 * reports per locale the share of turns answered sensibly, the words per answer and every failing
 * turn (also written to {@code target/conversations-<locale>.txt}; every turn with its answer in
 * {@code target/conversations-<locale>-transcript.txt}).
 *
 * <p>Every answer must be valid SSML. The share is a ratchet: it may not drop below the floor, which
 * is raised as capabilities land; the goal is 0.90.
 */
class ConversationCorpusTest {
  /** What passes today; raise it whenever a change lets more turns pass. */
  private static final Map<String, Double> FLOOR = Map.of("en-US", 0.98, "de-DE", 0.98);
  private static final int MIN_TURNS = 150;
  private static TestSkill skill;

  @BeforeAll
  static void start() {
    skill = TestSkill.start();
  }

  @AfterAll
  static void stop() {
    skill.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-US", "de-DE"})
  void shoppers_get_sensible_answers_in_valid_ssml(String locale) throws IOException {
    Corpus corpus = Corpus.load(locale);
    List<Result> results = new CorpusPlayer(skill).play(corpus);

    String report = report(locale, results);
    System.out.println(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", "conversations-" + locale + ".txt"), report);
    Files.writeString(Path.of("target", "conversations-" + locale + "-transcript.txt"), transcript(results));

    assertTrue(results.size() >= MIN_TURNS, locale + " corpus has " + results.size() + " turns, needs " + MIN_TURNS);
    assertEquals(List.of(), results.stream().filter(r -> !r.validSsml()).map(r -> r.turn().where()).toList(),
        "turns answered with invalid SSML");
    double share = share(results);
    assertTrue(share >= FLOOR.get(locale),
        String.format(Locale.ROOT, "%s: %.3f of turns answered sensibly, floor is %.3f", locale, share, FLOOR.get(locale)));
  }

  /** Every turn as it went, for whoever writes or debugs conversations. */
  private static String transcript(List<Result> results) {
    var out = new StringBuilder();
    for (Result r : results) {
      out.append(String.format("%-28s %s%n    heard %s: %s%n", r.turn().where(), r.turn().utterance(), r.heard(), r.speech()));
      if (!r.sensible()) {
        out.append("    NOT SENSIBLE: ").append(String.join("; ", r.failures())).append('\n');
      }
    }
    return out.toString();
  }

  private static double share(List<Result> results) {
    return results.stream().filter(Result::sensible).count() / (double) results.size();
  }

  private static String report(String locale, List<Result> results) {
    var out = new StringBuilder();
    long sensible = results.stream().filter(Result::sensible).count();
    double words = results.stream().mapToInt(Result::words).average().orElse(0);
    out.append(String.format(Locale.ROOT, "Conversation corpus %s: %d of %d turns sensible (%.3f), %.1f words per answer%n",
        locale, sensible, results.size(), share(results), words));
    var byIntent = new TreeMap<String, StringBuilder>();
    for (Result r : results) {
      if (!r.sensible()) {
        byIntent.computeIfAbsent(r.turn().intent(), k -> new StringBuilder())
            .append(String.format("  %-28s %s%n      %s%n      answer: %s%n", r.turn().where(), r.turn().utterance(),
                String.join("; ", r.failures()), r.speech()));
      }
    }
    byIntent.forEach((intent, failures) -> out.append("failing, expected ").append(intent).append(":\n").append(failures));
    return out.toString();
  }
}
