package com.shoptalk.bench;

import com.shoptalk.Config;
import com.shoptalk.ShopTalk;
import com.shoptalk.alexa.SkillHandler;
import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.question.Fixtures;
import com.shoptalk.storage.StorageUnavailableException;
import com.shoptalk.storage.TurnBudget;
import com.shoptalk.testing.FaultyDynamo;
import com.shoptalk.testing.FaultyDynamo.Faults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints how long the skill takes to answer when DynamoDB misbehaves: per fault mode of
 * {@link FaultyDynamo}, a short conversation (launch, search, save, read the wish list) through
 * the Lambda entry point with the DynamoDB client as deployed, and friends' votes through the
 * question service, each a turn with the voice budget. Reports the slowest and median answer, how
 * many answers said "not done" or "can't read just now", and the votes lost or doubled. Run it as described in
 * BENCHMARKS.md; it is not part of the test suite.
 */
public final class DynamoFaultBenchmark {
  private static final List<String> SCRIPT = List.of(
      "open shop talk", "find a lounge chair", "save the first one", "what's on my wish list");
  private static final Duration SLOW = Duration.ofSeconds(5);

  private DynamoFaultBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    var modes = new LinkedHashMap<String, Faults>();
    modes.put("no faults", Faults.none());
    modes.put("every call throttled (ThrottlingException)", Faults.none().throttling(1.0));
    modes.put("every call ProvisionedThroughputExceeded", Faults.none().provisioned(1.0));
    modes.put("40% HTTP 500", Faults.none().serverErrors(0.4));
    modes.put("30% throttled + 10% HTTP 500", Faults.none().throttling(0.3).serverErrors(0.1));
    modes.put("every answer 5 s late", Faults.none().slow(1.0, SLOW));
    modes.put("30% connections dropped", Faults.none().dropped(0.3));
    modes.put("mixed: 20% throttled, 10% 500, 15% dropped, 10% slow", Faults.none()
        .throttling(0.2).serverErrors(0.1).dropped(0.15).slow(0.1, SLOW));

    Path dataDir = Files.createTempDirectory("shoptalk-faults");
    try (FaultyDynamo dynamo = FaultyDynamo.start(Faults.none())) {
      Config config = Config.from(Map.of("TABLE_NAME", "shoptalk-faults"));
      ShopTalk app = ShopTalk.local(config, dynamo.table(config.tableName()), dataDir, Clock.systemUTC());
      SkillHandler skill = new SkillHandler(app);
      System.out.printf(Locale.ROOT, "turn budget %d ms; %d rounds of %s per mode%n",
          TurnBudget.VOICE.toMillis(), rounds, SCRIPT);
      // A fresh JVM's first answers are slow for reasons that have nothing to do with DynamoDB.
      var warmUp = new AlexaSimulator(Path.of("skill-package"), skill::handle).locale("en-US").user("amzn1.ask.account.WARM");
      for (int round = 0; round < 3; round++) {
        for (String utterance : SCRIPT) {
          long start = System.nanoTime();
          warmUp.say(utterance);
          if (round == 0) {
            System.out.printf(Locale.ROOT, "warm-up (no faults, cold JVM) '%s': %.0f ms%n", utterance, millis(start));
          }
        }
        warmUp.endSession();
      }
      System.out.printf(Locale.ROOT, "| fault mode | skill answers | slowest | median | apologies | votes accepted / counted | slowest vote |%n");
      System.out.printf(Locale.ROOT, "|---|---|---|---|---|---|---|%n");
      int mode = 0;
      for (var entry : modes.entrySet()) {
        dynamo.faults(Faults.none());
        String token = app.questions().create(Fixtures.whichOne("amzn1.ask.account.ASKER-" + mode)).token();
        dynamo.faults(entry.getValue());

        List<Double> answers = new ArrayList<>();
        int apologies = 0;
        for (int round = 0; round < rounds; round++) {
          var device = new AlexaSimulator(Path.of("skill-package"), skill::handle).locale("en-US")
              .user("amzn1.ask.account.FAULTS-" + mode + "-" + round);
          for (String utterance : SCRIPT) {
            long start = System.nanoTime();
            String speech = device.say(utterance).speech();
            answers.add(millis(start));
            if (round == 0) {
              System.out.printf(Locale.ROOT, "  %s / '%s' -> %.60s%n", entry.getKey(), utterance, speech);
            }
            if (speech.contains("went wrong") || speech.contains("just now")) { // every "not done" answer says "just now"
              apologies++;
            }
          }
        }

        int accepted = 0;
        double slowestVote = 0;
        for (int voter = 0; voter < rounds * 2; voter++) {
          long start = System.nanoTime();
          try (var turn = TurnBudget.start(TurnBudget.VOICE)) {
            app.questions().vote(token, "friend-" + voter, voter % 2, null, null);
            accepted++;
          } catch (StorageUnavailableException refused) {
            // the page would say "try again"
          }
          slowestVote = Math.max(slowestVote, millis(start));
        }
        dynamo.faults(Faults.none());
        int counted = app.questions().tally(token).voters();

        Collections.sort(answers);
        System.out.printf(Locale.ROOT, "| %s | %d | %.0f ms | %.0f ms | %d | %d / %d | %.0f ms |%n", entry.getKey(),
            answers.size(), answers.get(answers.size() - 1), answers.get(answers.size() / 2), apologies,
            accepted, counted, slowestVote);
        mode++;
      }
      System.out.println("faults injected: " + dynamo.counts());
    }
    System.exit(0);
  }

  private static double millis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e6;
  }
}
