package com.shoptalk.bench;

import com.shoptalk.testing.DynamoDbLocalServer;
import com.shoptalk.testing.LambdaEvents;
import com.shoptalk.testing.PackedFunction;
import com.shoptalk.testing.SamFunction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares skill packages' cold starts with the hello world's (BENCHMARKS.md, "Cold start": comparing two builds):
 * the skill as {@code sam build} packs it from this working tree, and any other skill packages named on the command
 * line (packed from another commit with {@code make build-SkillFunction ARTIFACTS_DIR=…}), started in turn under AWS's
 * runtime client as {@link ColdStartBenchmark} starts them, round by round, each answering one launch. Prints, per
 * package, the median init and first answer, the ratio of the medians to the hello world's, the ratios within each
 * round (sorted) and the process's CPU time up to the first answer (all its threads, the JIT's included).
 *
 * <p>Arguments: {@code --rounds N} (15), {@code --one-core} runs every function on one core ({@code taskset -c 1}: a
 * Lambda function of 2048 MB gets about 1.2 vCPUs, this machine gives each function two cores), {@code --work DIR}
 * keeps the packages there and reuses them on the next run, {@code --jvm OPTION} (repeatable) adds a JVM option to
 * every function (a flag to compare, or {@code -Xlog:class+load:file=…} to see what a start loads), {@code --logs DIR}
 * keeps each start's output there, then {@code name=package} or {@code name=package:layer} for more skill packages
 * (a layer of their own when their catalog code differs).
 */
public final class StartComparison {
  private static final String HELLO = "hello world";

  public static void main(String[] args) throws Exception {
    int rounds = 15;
    boolean oneCore = false;
    Path work = null;
    List<String> jvmOptions = new ArrayList<>();
    Path logs = null;
    Map<String, Path[]> others = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--one-core" -> oneCore = true;
        case "--work" -> work = Path.of(args[++i]);
        case "--jvm" -> jvmOptions.add(args[++i]);
        case "--logs" -> logs = Files.createDirectories(Path.of(args[++i]));
        default -> {
          String[] named = args[i].split("=", 2);
          String[] paths = named[1].split(":", 2);
          others.put(named[0], new Path[] {Path.of(paths[0]), paths.length > 1 ? Path.of(paths[1]) : null});
        }
      }
    }
    work = work != null ? work : Files.createTempDirectory("shoptalk-start-comparison");
    Map<String, Path> packed = new LinkedHashMap<>();
    for (String target : List.of("SkillFunction", "CatalogLayer", "HelloWorld")) {
      Path dir = work.resolve(target);
      packed.put(target, Files.isDirectory(dir) ? dir : PackedFunction.build(target, dir));
    }
    SamFunction skill = SamFunction.of("SkillFunction");
    SamFunction hello = new SamFunction("HelloWorld",
        "com.shoptalk.bench.hello.HelloWorldStreamHandler::handleRequest", skill.memoryMb(), skill.javaToolOptions());
    Path java = oneCore ? oneCoreJava(work) : Path.of(System.getProperty("java.home"), "bin", "java");

    try (DynamoDbLocalServer dynamo = DynamoDbLocalServer.start()) {
      Map<String, String> base = Map.of("TABLE_NAME", "shoptalk-bench", "DYNAMODB_ENDPOINT", dynamo.endpoint(),
          "SKILL_ID", LambdaEvents.SKILL_ID, "PUBLIC_BASE_URL", "https://shoptalk.example");
      Map<String, Subject> subjects = new LinkedHashMap<>();
      subjects.put(HELLO, new Subject(hello, packed.get("HelloWorld"), Map.of()));
      subjects.put("skill (this tree)", new Subject(skill, packed.get("SkillFunction"), withLayer(base,
          packed.get("CatalogLayer"))));
      others.forEach((name, paths) -> subjects.put(name, new Subject(skill, paths[0], withLayer(base,
          paths[1] != null ? paths[1] : packed.get("CatalogLayer")))));

      byte[] launch = LambdaEvents.launch("en-US", "amzn1.ask.account.START-COMPARISON");
      Map<String, List<double[]>> runs = new LinkedHashMap<>();
      // One unmeasured round first: the first start of each package reads its files from disk.
      for (int round = 0; round <= rounds; round++) {
        for (var subject : subjects.entrySet()) {
          Path log = logs == null ? null : logs.resolve(subject.getKey().replaceAll("[^A-Za-z0-9]+", "-") + "-"
              + round + ".log");
          double[] run = start(subject.getValue(), java, jvmOptions, launch, log);
          if (round > 0) {
            runs.computeIfAbsent(subject.getKey(), k -> new ArrayList<>()).add(run);
          }
        }
        System.out.printf(Locale.ROOT, "round %d of %d%n", round, rounds);
      }
      print(runs, rounds, oneCore);
    }
    // DynamoDB Local leaves a thread behind.
    System.exit(0);
  }

  private static Map<String, String> withLayer(Map<String, String> base, Path layer) {
    Map<String, String> env = new LinkedHashMap<>(base);
    env.putAll(PackedFunction.catalogsOf(layer));
    return env;
  }

  /** One cold start up to the first answer: init and first answer in ms, and the process's CPU time in ms. */
  private static double[] start(Subject subject, Path java, List<String> jvmOptions, byte[] event, Path log)
      throws IOException {
    try (PackedFunction function = PackedFunction.start(subject.function, subject.artifact, subject.env, java,
        jvmOptions)) {
      function.awaitInit(Duration.ofMinutes(2));
      var answer = function.invoke(event, Duration.ofSeconds(30));
      double[] run = {function.initNanos() / 1e6, (answer.nanos() - function.startNanos()) / 1e6,
          cpuMillis(function.pid())};
      if (log != null) {
        Files.writeString(log, function.log());
      }
      return run;
    }
  }

  /** User and system time of a process, all its threads (those that ended too), from {@code /proc}. */
  private static double cpuMillis(long pid) throws IOException {
    String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000.0 / 100;
  }

  /** A {@code java} that runs on one core: the functions start through it. */
  private static Path oneCoreJava(Path work) throws IOException {
    Path script = work.resolve("java-on-one-core");
    Files.writeString(script, "#!/bin/sh\nexec taskset -c 1 '" + Path.of(System.getProperty("java.home"), "bin",
        "java") + "' \"$@\"\n");
    script.toFile().setExecutable(true);
    return script;
  }

  private static void print(Map<String, List<double[]>> runs, int rounds, boolean oneCore) {
    List<double[]> hello = runs.get(HELLO);
    double helloFirst = median(hello, 1);
    System.out.printf(Locale.ROOT, "%n%d rounds%s; medians (ms), first answer ÷ hello world's, the ratios within "
        + "the rounds (sorted), CPU time up to the first answer:%n", rounds, oneCore ? ", every function on one core"
        : "");
    runs.forEach((name, list) -> {
      List<Double> ratios = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        ratios.add(list.get(i)[1] / hello.get(i)[1]);
      }
      Collections.sort(ratios);
      System.out.printf(Locale.ROOT, "%-22s init %5.0f  first answer %5.0f  %.2f×  rounds %s  CPU %5.0f%n", name,
          median(list, 0), median(list, 1), median(list, 1) / helloFirst,
          ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList(), median(list, 2));
    });
  }

  private static double median(List<double[]> runs, int column) {
    List<Double> values = new ArrayList<>(runs.stream().map(r -> r[column]).toList());
    Collections.sort(values);
    int n = values.size();
    return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
  }

  private record Subject(SamFunction function, Path artifact, Map<String, String> env) {
  }
}
