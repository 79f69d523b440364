package com.shoptalk.bench;

import com.shoptalk.Config;
import com.shoptalk.ShopTalk;
import com.shoptalk.alexa.SkillHandler;
import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.persistence.LocalDynamo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints how long the skill takes to answer: the cold start (wiring ShopTalk, which loads and
 * indexes both catalogs, as a Lambda container does before its SnapStart snapshot), the first
 * requests after it, and warm request latency through the Lambda entry point against DynamoDB
 * Local. Run it as described in BENCHMARKS.md; it is not part of the test suite.
 */
public final class SkillLatencyBenchmark {
  private static final List<String> EN = List.of("open shop talk", "find a lounge chair", "more", "the second one",
      "tell me more", "save it", "what's on my wish list", "cheaper ones", "search for rugs under 200 dollars", "help");
  private static final List<String> DE = List.of("öffne einkaufs helfer", "finde einen sessel", "mehr", "die zweite",
      "erzähl mir mehr", "merk dir das", "was ist auf meiner wunschliste", "günstigere", "suche teppiche unter 200 euro", "hilfe");

  private SkillLatencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    Path dataDir = Files.createTempDirectory("shoptalk-bench");
    try (LocalDynamo dynamo = LocalDynamo.inMemory()) {
      Config config = Config.from(Map.of("TABLE_NAME", "shoptalk-bench"));
      var table = dynamo.table(config.tableName());

      long start = System.nanoTime();
      ShopTalk app = ShopTalk.local(config, table, dataDir, Clock.systemUTC());
      SkillHandler skill = new SkillHandler(app);
      double wiring = millis(start);
      System.out.printf(Locale.ROOT, "cold start: wiring ShopTalk (both catalogs indexed) %.0f ms%n", wiring);

      for (String locale : List.of("en-US", "de-DE")) {
        var device = new AlexaSimulator(Path.of("skill-package"), skill::handle).locale(locale)
            .user("amzn1.ask.account.BENCH-" + locale);
        List<String> script = locale.equals("en-US") ? EN : DE;
        long first = System.nanoTime();
        device.say(script.get(0));
        double firstLaunch = millis(first);
        first = System.nanoTime();
        device.say(script.get(1));
        System.out.printf(Locale.ROOT, "%s: first launch %.0f ms, first search %.0f ms%n", locale, firstLaunch, millis(first));

        List<Double> samples = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
          device.endSession();
          for (String utterance : script) {
            long t = System.nanoTime();
            device.say(utterance);
            samples.add(millis(t));
          }
        }
        Collections.sort(samples);
        System.out.printf(Locale.ROOT, "%s: %d warm requests, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", locale, samples.size(),
            percentile(samples, 50), percentile(samples, 99), samples.get(samples.size() - 1));
      }
      Runtime rt = Runtime.getRuntime();
      rt.gc();
      System.out.printf(Locale.ROOT, "heap in use after the run: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
  }

  private static double millis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e6;
  }

  private static double percentile(List<Double> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
