package com.shoptalk.bench;

import com.amazonaws.client.builder.AwsClientBuilder;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDBClientBuilder;
import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicSessionCredentials;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shoptalk.persistence.DynamoQuestionRepository;
import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.question.NewQuestion;
import com.shoptalk.question.QuestionKind;
import com.shoptalk.question.QuestionOption;
import com.shoptalk.question.QuestionService;
import com.shoptalk.testing.DynamoDbLocalServer;
import com.shoptalk.testing.LambdaEvents;
import com.shoptalk.testing.LambdaRuntimeApi;
import com.shoptalk.testing.PackedFunction;
import com.shoptalk.testing.SamFunction;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The cold-start benchmark (BENCHMARKS.md, "Cold start"): packs the skill and web functions and the catalog layer
 * with {@code sam build}'s Makefile targets, runs each function in a JVM of its own under AWS's Java runtime
 * interface client against DynamoDB Local as a server, and measures init (process start until the
 * runtime asks for its first event), time to the first answer, heap after start, classes loaded
 * and warm latency; beside them, in the same run and the same way, the ASK SDK's hello world
 * skill as the yardstick. Once with the demo catalog, once with a generated large catalog in the layer. Prints
 * a table, the packages' sizes, a profile of the skill's start-up and the classes the functions load beyond the
 * hello world's, and writes them into BENCHMARKS.md.
 *
 * <p>The cold starts are interleaved (round 1: hello world, skill, skill primed, web, web primed; round 2: the same
 * again; …), so that the machine's load drifting during a run hits every function alike, and every function runs with
 * the same JVM options (Lambda's, and the template's {@code JAVA_TOOL_OPTIONS}). Each function's ratio to the hello
 * world is the ratio of the medians, and beside it the range of the ratios within a round.
 *
 * <p>Arguments: {@code --rounds N} cold starts per function with the demo catalog (5),
 * {@code --large-rounds N} with the large one (3), {@code --warm N}
 * warm requests per function (200), {@code --products N} size of the large catalog (100000; 0
 * skips it), {@code --java JDK_HOME} the JDK the functions run on (this one), {@code --no-profile},
 * {@code --no-write}.
 */
public final class ColdStartBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path BENCHMARKS = Path.of("BENCHMARKS.md");
  private static final String BEGIN = "<!-- cold-start results: written by ColdStartBenchmark -->";
  private static final String END = "<!-- end of cold-start results -->";
  private static final String TABLE = "shoptalk-bench";
  private static final Duration INIT_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

  private final int rounds;
  private final int largeRounds;
  private final int warm;
  private final int products;
  private final Path javaHome;
  private final boolean profile;
  private final Path work;
  private double largeBuildSeconds = Double.NaN;
  private final List<String> failures = new ArrayList<>();

  private ColdStartBenchmark(Map<String, String> options) throws IOException {
    this.rounds = Integer.parseInt(options.getOrDefault("rounds", "5"));
    this.largeRounds = Integer.parseInt(options.getOrDefault("large-rounds", "3"));
    this.warm = Integer.parseInt(options.getOrDefault("warm", "200"));
    this.products = Integer.parseInt(options.getOrDefault("products", "100000"));
    this.javaHome = Path.of(options.getOrDefault("java", System.getProperty("java.home")));
    this.profile = !options.containsKey("no-profile");
    this.work = Files.createTempDirectory("shoptalk-coldstart");
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i].replaceFirst("^--", "");
      if (name.startsWith("no-")) {
        options.put(name, "");
      } else {
        options.put(name, args[++i]);
      }
    }
    ColdStartBenchmark benchmark = new ColdStartBenchmark(options);
    try {
      String report = benchmark.run();
      System.out.println();
      System.out.println(report);
      if (!options.containsKey("no-write")) {
        write(report);
        System.out.println("written into " + BENCHMARKS);
      }
    } catch (Exception | Error e) {
      e.printStackTrace();
      System.exit(1);
    }
    // DynamoDB Local leaves a thread behind that would keep exec:java waiting.
    System.exit(0);
  }

  private String run() throws Exception {
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    progress("packing the functions and the catalog layer (make build-SkillFunction, build-WebFunction, "
        + "build-CatalogLayer, build-HelloWorld)");
    Map<String, Path> packages = new LinkedHashMap<>();
    for (String target : List.of("SkillFunction", "WebFunction", "CatalogLayer", "HelloWorld")) {
      packages.put(target, PackedFunction.build(target, work.resolve(target)));
    }
    SamFunction skillFunction = SamFunction.of("SkillFunction");
    SamFunction webFunction = SamFunction.of("WebFunction");
    // The yardstick runs with the skill's memory and the template's JVM options.
    SamFunction helloFunction = new SamFunction("HelloWorld",
        "com.shoptalk.bench.hello.HelloWorldStreamHandler::handleRequest", skillFunction.memoryMb(),
        skillFunction.javaToolOptions());

    // The catalog layer per catalog: sam build builds the catalogs into it from the feeds named at build time. The
    // functions' packages are the same for every catalog.
    Map<String, Path> layers = new LinkedHashMap<>();
    layers.put("demo", packages.get("CatalogLayer"));
    if (products > 0) {
      progress("writing two feeds of " + products + " products and packing the catalog layer with their catalogs");
      long start = System.nanoTime();
      Map<String, String> feeds = Map.of(
          "CATALOG_FEED_EN_US", LargeFeed.write(work, "en-US", products).toString(),
          "CATALOG_FEED_DE_DE", LargeFeed.write(work, "de-DE", products).toString());
      Path large = PackedFunction.buildLayer(work.resolve("CatalogLayer-large"), feeds);
      largeBuildSeconds = (System.nanoTime() - start) / 1e9;
      layers.put(String.format(Locale.ROOT, "%,d products", products), large);
      packages.put("CatalogLayer (" + products + " products)", large);
    }

    List<Result> results = new ArrayList<>();
    List<String> profileLines = List.of();
    List<String> classLines = new ArrayList<>();
    try (DynamoDbLocalServer dynamo = DynamoDbLocalServer.start()) {
      String token = askFriends(dynamo);
      Map<String, String> base = Map.of("TABLE_NAME", TABLE, "DYNAMODB_ENDPOINT", dynamo.endpoint(),
          "SKILL_ID", LambdaEvents.SKILL_ID, "PUBLIC_BASE_URL", "https://shoptalk.example");
      for (var catalog : layers.entrySet()) {
        // The layer's catalogs, which Lambda puts at /opt/prebuilt-catalog, named by CATALOG_DIR: no test can use /opt.
        Map<String, String> env = new LinkedHashMap<>(base);
        env.putAll(PackedFunction.catalogsOf(catalog.getValue()));
        // Primed at init (PRIME_AT_INIT): the hooks SnapStart runs before its snapshot, run here at init, since this
        // JVM cannot snapshot; their first answer after init is what a restored snapshot answers with (plus restore).
        Map<String, String> primed = new LinkedHashMap<>(env);
        primed.put("PRIME_AT_INIT", "true");
        List<Subject> subjects = List.of(
            new Subject("hello world", helloFunction, packages.get("HelloWorld"), base, helloEvents(),
                ColdStartBenchmark::spoken),
            new Subject("skill", skillFunction, packages.get("SkillFunction"), env, skillEvents(), ColdStartBenchmark::spoken),
            new Subject("skill, primed", skillFunction, packages.get("SkillFunction"), primed, skillEvents(),
                ColdStartBenchmark::spoken),
            new Subject("web", webFunction, packages.get("WebFunction"), env, webEvents(token), ColdStartBenchmark::page),
            new Subject("web, primed", webFunction, packages.get("WebFunction"), primed, webEvents(token),
                ColdStartBenchmark::page));
        Map<Subject, List<Run>> runs = new LinkedHashMap<>();
        java.util.Set<Subject> failed = new java.util.HashSet<>();
        int times = catalog.getKey().equals("demo") ? rounds : largeRounds;
        for (int round = 1; round <= times; round++) {
          for (Subject subject : subjects) {
            if (failed.contains(subject)) {
              continue;
            }
            progress(catalog.getKey() + ", round " + round + ": " + subject.name);
            try {
              runs.computeIfAbsent(subject, s -> new ArrayList<>()).add(coldStart(subject, round == 1));
            } catch (Exception | AssertionError e) {
              // One function that did not start or answer must not cost the others' numbers: reported below.
              e.printStackTrace();
              runs.remove(subject);
              failed.add(subject);
              failures.add(catalog.getKey() + ", " + subject.name + ": " + e);
            }
          }
        }
        runs.forEach((subject, list) -> results.add(new Result(catalog.getKey(), subject.name, list)));
        if (profile && catalog.getKey().equals("demo")) {
          progress("profiling the skill's start-up, comparing the classes the functions load with the hello world's");
          profileLines = profile(subjects.get(1));
          ClassLoads hello = classLoads(subjects.get(0));
          classLines.addAll(ClassLoads.compare("skill", classLoads(subjects.get(1)), "hello", hello, 12));
          classLines.add("");
          classLines.addAll(ClassLoads.compare("web", classLoads(subjects.get(3)), "hello", hello, 12));
        }
      }
    }
    double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return report(results, packages, profileLines, classLines, loadBefore, loadAfter);
  }

  /** One cold start: process start, init, first answer, second answer; with {@code measure} also JVM stats and warm latency. */
  private Run coldStart(Subject subject, boolean measure) throws Exception {
    try (PackedFunction function = PackedFunction.start(subject.function, subject.artifact, subject.env,
        javaHome.resolve("bin").resolve("java"), List.of())) {
      function.awaitInit(INIT_TIMEOUT);
      double init = function.initNanos() / 1e6;
      LambdaRuntimeApi.Answer first = checked(subject, function, subject.events.get(0));
      double firstAnswer = (first.nanos() - function.startNanos()) / 1e6;
      long t = System.nanoTime();
      LambdaRuntimeApi.Answer second = checked(subject, function, subject.events.get(1));
      double secondMs = (second.nanos() - t) / 1e6;
      JvmStats stats = null;
      List<Double> latencies = new ArrayList<>();
      if (measure) {
        stats = JvmStats.of(function.pid(), javaHome);
        for (int i = 0; i < warm; i++) {
          byte[] event = subject.events.get(i % subject.events.size());
          long start = System.nanoTime();
          LambdaRuntimeApi.Answer answer = checked(subject, function, event);
          latencies.add((answer.nanos() - start) / 1e6);
        }
        Collections.sort(latencies);
      }
      return new Run(init, firstAnswer, secondMs, stats, latencies);
    }
  }

  private List<String> profile(Subject skill) throws Exception {
    try (PackedFunction function = PackedFunction.start(skill.function, skill.artifact, skill.env,
        javaHome.resolve("bin").resolve("java"), InitProfile.JVM_OPTIONS)) {
      function.awaitInit(INIT_TIMEOUT);
      checked(skill, function, skill.events.get(0));
      return InitProfile.of(function.pid(), javaHome, work.resolve("skill-init.jfr"));
    }
  }

  /** One more cold start up to the first answer, logging every class the JVM loads. */
  private ClassLoads classLoads(Subject subject) throws Exception {
    Path log = work.resolve("classes-" + subject.name.replaceAll("\\W+", "-") + ".log");
    try (PackedFunction function = PackedFunction.start(subject.function, subject.artifact, subject.env,
        javaHome.resolve("bin").resolve("java"), List.of(ClassLoads.jvmOption(log)))) {
      function.awaitInit(INIT_TIMEOUT);
      checked(subject, function, subject.events.get(0));
    }
    return ClassLoads.read(log);
  }

  private static LambdaRuntimeApi.Answer checked(Subject subject, PackedFunction function, byte[] event) {
    LambdaRuntimeApi.Answer answer = function.invoke(event, ANSWER_TIMEOUT);
    if (!answer.ok() || !subject.valid.test(answer.text())) {
      throw new IllegalStateException(subject.name + " did not answer properly: " + answer.errorType() + " "
          + answer.text() + "\n" + function.log());
    }
    return answer;
  }

  private static boolean spoken(String response) {
    try {
      return JSON.readTree(response).path("response").path("outputSpeech").path("ssml").asText().startsWith("<speak>");
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean page(String response) {
    try {
      JsonNode event = JSON.readTree(response);
      return event.path("statusCode").asInt() == 200 && !event.path("body").asText().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }

  private static List<byte[]> helloEvents() {
    return List.of(LambdaEvents.launch("en-US", "amzn1.ask.account.BENCH-HELLO"),
        LambdaEvents.search("en-US", "amzn1.ask.account.BENCH-HELLO", "hello"));
  }

  /** First answer: a launch; second: a search; then the warm mix of both locales. */
  private static List<byte[]> skillEvents() {
    return List.of(
        LambdaEvents.launch("en-US", "amzn1.ask.account.BENCH-EN"),
        LambdaEvents.search("en-US", "amzn1.ask.account.BENCH-EN", "lounge chair"),
        LambdaEvents.launch("de-DE", "amzn1.ask.account.BENCH-DE"),
        LambdaEvents.search("de-DE", "amzn1.ask.account.BENCH-DE", "einen sessel"),
        LambdaEvents.search("en-US", "amzn1.ask.account.BENCH-EN", "rugs under 200 dollars"),
        LambdaEvents.search("de-DE", "amzn1.ask.account.BENCH-DE", "teppich"));
  }

  /** First answer: a friend opens a question link; second: a health check; then pages in both languages. */
  private static List<byte[]> webEvents(String token) {
    return List.of(
        LambdaEvents.httpGet("/q/" + token, "en-US,en;q=0.9"),
        LambdaEvents.httpGet("/health", "en-US"),
        LambdaEvents.httpGet("/q/" + token, "de-DE,de;q=0.9"));
  }

  /** A shopper's question for friends, straight into the table, for the web function's page. */
  private static String askFriends(DynamoDbLocalServer dynamo) {
    var client = AmazonDynamoDBClientBuilder.standard()
        .withEndpointConfiguration(new AwsClientBuilder.EndpointConfiguration(dynamo.endpoint(), "us-east-1"))
        .withCredentials(new AWSStaticCredentialsProvider(new BasicSessionCredentials("local", "local", "local")))
        .build();
    DynamoTable table = new DynamoTable(client, TABLE).createIfMissing();
    var questions = new QuestionService(new DynamoQuestionRepository(table), Clock.systemUTC());
    var chair = new QuestionOption("abigail-lounge-chair", "Abigail Lounge Chair", "Abigail Lounge Chair",
        new BigDecimal("700.00"), "USD", null, "https://demo.shoptalk.example/en-US/p/abigail-lounge-chair");
    var rug = new QuestionOption("amalia-rug", "Amalia Rug", "Amalia Rug", new BigDecimal("139.99"), "USD", null,
        "https://demo.shoptalk.example/en-US/p/amalia-rug");
    return questions.create(new NewQuestion("amzn1.ask.account.BENCH-EN", null, "Anna", QuestionKind.WHICH_ONE, null,
        List.of(chair, rug), "en-US", null)).token();
  }

  private String report(List<Result> results, Map<String, Path> packages, List<String> profileLines,
      List<String> classLines, double loadBefore, double loadAfter) throws IOException {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s, Java %s (%s) for the functions, %d cores, load average %.1f before and "
            + "%.1f after; median of %d cold starts per row with the demo catalog, %d with the large one (min–max), "
            + "interleaved round by round; ÷ hello world: ratio of the medians (in brackets: lowest and highest ratio "
            + "within a round); warm: %d requests after the first cold start.%n%n",
        LocalDate.now(), javaVersion(), javaHome, Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter,
        rounds, largeRounds, warm));
    out.append("| catalog | function | init | first answer | ÷ hello world | first answer after init | second request | "
        + "heap after start | classes loaded (loading time) | warm p50 / p99 |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (Result result : results) {
      List<Run> helloRuns = results.stream()
          .filter(r -> r.catalog.equals(result.catalog) && r.function.equals("hello world"))
          .findFirst().map(r -> r.runs).orElse(List.of());
      double hello = helloRuns.isEmpty() ? Double.NaN : median(helloRuns, Run::firstAnswer);
      Run measured = result.runs.get(0);
      JvmStats stats = measured.stats;
      out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.2f×%s | %.0f ms | %.0f ms | %.0f MB | %,d (%.0f ms) | "
              + "%.1f / %.1f ms |%n",
          result.catalog, result.function, seconds(result.runs, Run::init), seconds(result.runs, Run::firstAnswer),
          median(result.runs, Run::firstAnswer) / hello, roundRatios(result.runs, helloRuns), median(result.runs, r -> r.firstAnswer() - r.init()),
          median(result.runs, Run::second), stats.heapMb(),
          stats.classes(), stats.classLoadingMs(), percentile(measured.warm, 50), percentile(measured.warm, 99)));
    }
    out.append("\nWhat `sam build` packs (the Makefile targets; a function's package and its layers unzipped together "
        + "must stay within Lambda's 250 MB):\n\n| package | files | size | zipped |\n|---|---|---|---|\n");
    Map<String, PackageSize> sizes = new LinkedHashMap<>();
    for (var entry : packages.entrySet()) {
      PackageSize size = PackageSize.of(entry.getValue());
      sizes.put(entry.getKey(), size);
      out.append(String.format(Locale.ROOT, "| %s | %,d | %.1f MB | %.1f MB |%n", entry.getKey(), size.files(),
          size.bytes() / 1e6, size.zippedBytes() / 1e6));
    }
    long skill = sizes.get("SkillFunction").bytes();
    for (var layer : sizes.entrySet()) {
      if (layer.getKey().startsWith("CatalogLayer")) {
        out.append(String.format(Locale.ROOT, "| SkillFunction + %s, unzipped | | %.1f MB (%.1f MiB) | |%n",
            layer.getKey(), (skill + layer.getValue().bytes()) / 1e6, (skill + layer.getValue().bytes()) / 1048576.0));
      }
    }
    for (String failure : failures) {
      out.append("\nFailed: ").append(failure.lines().findFirst().orElse(failure)).append('\n');
    }
    if (!Double.isNaN(largeBuildSeconds)) {
      out.append(String.format(Locale.ROOT, "%nPacking the catalog layer with the %,d-product catalogs (make "
          + "build-CatalogLayer: Maven build, reading both feeds, building both indexes): %.0f s.%n", products,
          largeBuildSeconds));
    }
    if (!profileLines.isEmpty()) {
      out.append("\nWhere the skill's start-up goes (demo catalog; Java Flight Recorder, process start to first answer):\n\n```\n");
      profileLines.forEach(line -> out.append(line).append('\n'));
      out.append("```\n");
    }
    if (!classLines.isEmpty()) {
      out.append("\nWhat the functions load beyond the hello world (demo catalog; `-Xlog:class+load`, process start to "
          + "first answer, by where the classes come from):\n\n```\n");
      classLines.forEach(line -> out.append(line).append('\n'));
      out.append("```\n");
    }
    return out.toString();
  }

  private String javaVersion() {
    try {
      String release = Files.readString(javaHome.resolve("release"));
      return release.lines().filter(l -> l.startsWith("JAVA_VERSION=")).findFirst()
          .map(l -> l.substring("JAVA_VERSION=".length()).replace("\"", "")).orElse("?");
    } catch (IOException e) {
      return "?";
    }
  }

  private static String seconds(List<Run> runs, java.util.function.ToDoubleFunction<Run> value) {
    List<Double> values = runs.stream().map(value::applyAsDouble).sorted().toList();
    if (values.size() == 1) {
      return String.format(Locale.ROOT, "%.2f s", values.get(0) / 1000);
    }
    return String.format(Locale.ROOT, "%.2f s (%.2f–%.2f)", median(runs, value) / 1000, values.get(0) / 1000,
        values.get(values.size() - 1) / 1000);
  }

  /** The range of a function's first answer ÷ the hello world's within the same round, e.g. " (1.05–1.40)". */
  private static String roundRatios(List<Run> runs, List<Run> hello) {
    if (runs.size() < 2 || runs.size() != hello.size()) {
      return "";
    }
    double min = Double.MAX_VALUE;
    double max = 0;
    for (int i = 0; i < runs.size(); i++) {
      double ratio = runs.get(i).firstAnswer() / hello.get(i).firstAnswer();
      min = Math.min(min, ratio);
      max = Math.max(max, ratio);
    }
    return String.format(Locale.ROOT, " (%.2f–%.2f)", min, max);
  }

  private static double median(List<Run> runs, java.util.function.ToDoubleFunction<Run> value) {
    List<Double> values = runs.stream().map(value::applyAsDouble).sorted().toList();
    int n = values.size();
    return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
  }

  private static double percentile(List<Double> sorted, int p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static void write(String report) throws IOException {
    String text = Files.readString(BENCHMARKS);
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    String block = BEGIN + "\n\n" + report + "\n" + END;
    if (begin >= 0 && end > begin) {
      text = text.substring(0, begin) + block + text.substring(end + END.length());
    } else {
      text = text.stripTrailing() + "\n\n## Cold start (results)\n\n" + block + "\n";
    }
    Files.writeString(BENCHMARKS, text);
  }

  private static void progress(String message) {
    System.out.println("[cold start] " + message);
  }

  /** A function to start: its template entry, package, environment, events and what a proper answer looks like. */
  private record Subject(String name, SamFunction function, Path artifact, Map<String, String> env,
      List<byte[]> events, Predicate<String> valid) {
  }

  /** One cold start, in milliseconds; stats and warm latencies only for the measured one. */
  private record Run(double init, double firstAnswer, double second, JvmStats stats, List<Double> warm) {
  }

  private record Result(String catalog, String function, List<Run> runs) {
  }
}
