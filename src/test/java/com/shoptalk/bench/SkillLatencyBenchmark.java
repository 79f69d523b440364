package com.shoptalk.bench;

import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.amazonaws.services.dynamodbv2.model.Put;
import com.amazonaws.services.dynamodbv2.model.QueryRequest;
import com.amazonaws.services.dynamodbv2.model.TransactWriteItem;
import com.amazonaws.services.dynamodbv2.model.TransactWriteItemsRequest;
import com.amazonaws.services.dynamodbv2.model.TransactionCanceledException;
import com.amazonaws.services.dynamodbv2.model.Update;
import com.amazonaws.services.dynamodbv2.model.UpdateItemRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shoptalk.Config;
import com.shoptalk.ShopTalk;
import com.shoptalk.alexa.SkillHandler;
import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.monitoring.RequestLog;
import com.shoptalk.persistence.DynamoClients;
import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.testing.DynamoDbLocalServer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Prints how long the skill takes to answer: the cold start (wiring ShopTalk, which opens both
 * catalogs, as a Lambda container does before its SnapStart snapshot), the first requests after it,
 * and warm request latency against DynamoDB Local in the same JVM. Run it as described in
 * BENCHMARKS.md; it is not part of the test suite.
 *
 * <p>A warm sample is what Lambda would run: the request envelope's bytes into the skill's entry point
 * ({@link SkillHandler#handle}) up to the response's bytes, timed inside the function the simulator
 * calls. The simulator's utterance recognition and its building of the request JSON are outside it.
 * Every request is real: the same ten-turn conversation, a new session each round, the user's data read
 * from and written to DynamoDB Local, which runs as an HTTP server on 127.0.0.1 in this JVM and is
 * reached through the functions' own DynamoDB client ({@link DynamoClients}). A warm container has served many requests, so unmeasured warm-up
 * rounds of both locales run first; measured rounds then alternate between the locales.
 *
 * <p>DynamoDB itself is always warm; DynamoDB Local is Java code in this JVM (or its server's), slow until the JIT
 * has compiled it. So before the skill's warm-up, DynamoDB Local is warmed on its own: calls of every kind the
 * conversation makes (queries, updates, gets, puts, transactions that go through and ones that are cancelled) on
 * keys no turn reads. The skill gets no more warm-up from this than its own rounds.
 *
 * <p>Arguments: measured rounds per locale (default 50), warm-up rounds per locale (default 50),
 * {@code embedded} to compare with DynamoDB Local embedded in the JVM (no HTTP client at all), and
 * {@code store=N} for N rounds of the store's own warm-up (default 3000; {@code store=0} leaves it cold).
 */
public final class SkillLatencyBenchmark {
  private static final List<String> EN = List.of("open shop talk", "find a lounge chair", "more", "the second one",
      "tell me more", "save it", "what's on my wish list", "cheaper ones", "search for rugs under 200 dollars", "help");
  private static final List<String> DE = List.of("öffne einkaufs helfer", "finde einen sessel", "mehr", "die zweite",
      "erzähl mir mehr", "merk dir das", "was ist auf meiner wunschliste", "günstigere", "suche teppiche unter 200 euro", "hilfe");
  private static final List<String> LOCALES = List.of("en-US", "de-DE");
  private static final ObjectMapper JSON = new ObjectMapper();

  private SkillLatencyBenchmark() {}

  /** The skill's entry point, timed: only what runs between the request's bytes and the response's. */
  private static final class TimedSkill implements Function<byte[], byte[]> {
    private final SkillHandler skill;
    private double lastMillis;
    private long lastBytes;
    private String lastLine;

    TimedSkill(SkillHandler skill) {
      this.skill = skill;
    }

    @Override
    public byte[] apply(byte[] request) {
      long bytes = allocatedBytes();
      long t = System.nanoTime();
      byte[] answer = skill.handle(request);
      lastMillis = (System.nanoTime() - t) / 1e6;
      lastBytes = allocatedBytes() - bytes;
      return answer;
    }
  }

  /** What one turn of the script took over the measured rounds: in all, in store calls, and which calls. */
  private record TurnStats(List<Double> millis, List<Double> storeMillis, Set<String> storeCalls, long[] bytes) {
    TurnStats() {
      this(new ArrayList<>(), new ArrayList<>(), new TreeSet<>(), new long[2]);
    }
  }

  /** Times the DynamoDB client's calls (the SDK's and DynamoDB Local's share) and names them, per request. */
  private static final class StoreTimer implements InvocationHandler {
    private final AmazonDynamoDB client;
    private long nanos;
    private final List<String> calls = new ArrayList<>();

    private StoreTimer(AmazonDynamoDB client) {
      this.client = client;
    }

    static AmazonDynamoDB around(AmazonDynamoDB client) {
      timer = new StoreTimer(client);
      return (AmazonDynamoDB) Proxy.newProxyInstance(AmazonDynamoDB.class.getClassLoader(),
          new Class<?>[] {AmazonDynamoDB.class}, timer);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      long t = System.nanoTime();
      try {
        return method.invoke(client, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      } finally {
        nanos += System.nanoTime() - t;
        calls.add(method.getName());
      }
    }

    /** The calls since the last reset, in order, and their time in ms; then starts over. */
    String reset() {
      String made = String.join("+", calls);
      calls.clear();
      nanos = 0;
      return made.isEmpty() ? "none" : made;
    }
  }

  private static StoreTimer timer;
  private static int storeWarmUp;

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    storeWarmUp = List.of(args).stream().filter(a -> a.startsWith("store=")).findFirst()
        .map(a -> Integer.parseInt(a.substring("store=".length()))).orElse(3000);
    if (List.of(args).contains("embedded")) {
      // For comparison only: DynamoDB Local's embedded client runs each call on the caller's thread, without the
      // SDK's HTTP client, signing and marshalling that a Lambda request does.
      try (LocalDynamo dynamo = LocalDynamo.inMemory()) {
        System.out.println("store: DynamoDB Local embedded (no HTTP: not what the functions' client does)");
        run(dynamo.client(), rounds, warmUp);
      }
    } else {
      try (DynamoDbLocalServer dynamo = DynamoDbLocalServer.start()) {
        // The functions' own client (HTTP, timeouts, retries, call counting), only pointed at DynamoDB Local.
        System.out.println("store: DynamoDB Local as an HTTP server on 127.0.0.1, through the functions' DynamoDB client");
        run(DynamoClients.forEndpoint(dynamo.endpoint(), "us-east-1"), rounds, warmUp);
      }
    }
    // DynamoDB Local leaves a non-daemon job thread behind that would keep the JVM alive for minutes.
    System.exit(0);
  }

  private static void run(AmazonDynamoDB client, int rounds, int warmUp) throws Exception {
    Path dataDir = Files.createTempDirectory("shoptalk-bench");
    Config config = Config.from(Map.of("TABLE_NAME", "shoptalk-bench"));
    var table = new DynamoTable(StoreTimer.around(client), config.tableName()).createIfMissing();
    warmStore(client, config.tableName(), storeWarmUp);

    long start = System.nanoTime();
    ShopTalk app = ShopTalk.local(config, table, dataDir, Clock.systemUTC());
    SkillHandler skill = new SkillHandler(app);
    System.out.printf(Locale.ROOT, "cold start: wiring ShopTalk (both catalogs opened) %.0f ms%n", millis(start));

    TimedSkill timed = new TimedSkill(skill);
    RequestLog.sink(line -> timed.lastLine = line);
    Map<String, AlexaSimulator> devices = new LinkedHashMap<>();
    for (String locale : LOCALES) {
      var device = new AlexaSimulator(Path.of("skill-package"), timed).locale(locale)
          .user("amzn1.ask.account.BENCH-" + locale);
      devices.put(locale, device);
      List<String> script = script(locale);
      device.say(script.get(0));
      double firstLaunch = timed.lastMillis;
      device.say(script.get(1));
      System.out.printf(Locale.ROOT, "%s: first launch %.0f ms, first search %.0f ms%n", locale, firstLaunch, timed.lastMillis);
    }

    for (int round = 0; round < warmUp; round++) {
      for (String locale : LOCALES) {
        converse(devices.get(locale), script(locale), timed, null);
      }
    }
    System.out.printf(Locale.ROOT, "warm-up: %d unmeasured rounds of the conversation per locale (%d requests each)%n",
        warmUp, warmUp * EN.size());

    Map<String, List<TurnStats>> stats = new LinkedHashMap<>();
    LOCALES.forEach(locale -> stats.put(locale, script(locale).stream().map(u -> new TurnStats()).toList()));
    long gcCount = gcCount();
    long gcMillis = gcMillis();
    for (int round = 0; round < rounds; round++) {
      for (String locale : LOCALES) {
        converse(devices.get(locale), script(locale), timed, stats.get(locale));
      }
    }
    System.out.printf(Locale.ROOT, "measured: %d rounds per locale, alternating; time = skill entry point, request bytes in to"
        + " response bytes out; GC during them: %d collections, %d ms%n", rounds, gcCount() - gcCount, gcMillis() - gcMillis);

    for (String locale : LOCALES) {
      List<String> script = script(locale);
      List<Double> all = new ArrayList<>();
      List<Double> outside = new ArrayList<>();
      System.out.printf(Locale.ROOT, "%s per turn: p50 / p99 / max ms; of it in store calls p50 / p99 ms; the calls%n", locale);
      for (int i = 0; i < script.size(); i++) {
        TurnStats turn = stats.get(locale).get(i);
        List<Double> samples = sorted(turn.millis());
        all.addAll(samples);
        for (int k = 0; k < turn.millis().size(); k++) {
          outside.add(turn.millis().get(k) - turn.storeMillis().get(k));
        }
        List<Double> store = sorted(turn.storeMillis());
        System.out.printf(Locale.ROOT, "  %-36s %6.2f / %6.2f / %6.2f;  %5.2f / %5.2f;  %s%n", '"' + script.get(i) + '"',
            percentile(samples, 50), percentile(samples, 99), samples.get(samples.size() - 1),
            percentile(store, 50), percentile(store, 99), String.join(", ", turn.storeCalls()));
      }
      all = sorted(all);
      System.out.printf(Locale.ROOT, "%s: %d warm requests, p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", locale, all.size(),
          percentile(all, 50), percentile(all, 99), all.get(all.size() - 1));
      long skillBytes = stats.get(locale).stream().mapToLong(t -> t.bytes()[0]).sum();
      long allBytes = stats.get(locale).stream().mapToLong(t -> t.bytes()[1]).sum();
      System.out.printf(Locale.ROOT, "%s: allocated per request %.0f KB in the skill (with DynamoDB Local's when embedded), %.0f KB"
          + " more in the simulator around it%n", locale, skillBytes / 1024.0 / all.size(), (allBytes - skillBytes) / 1024.0 / all.size());
      outside = sorted(outside);
      System.out.printf(Locale.ROOT, "%s: the same requests without their store calls' time, p50 %.2f ms, p99 %.2f ms%n", locale,
          percentile(outside, 50), percentile(outside, 99));
    }
    storeFloor(table, rounds * EN.size());
    Runtime rt = Runtime.getRuntime();
    rt.gc();
    System.out.printf(Locale.ROOT, "heap in use after the run: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
  }

  /** One round: a new session, the whole script; each turn's time and store calls go to {@code stats} when given. */
  private static void converse(AlexaSimulator device, List<String> script, TimedSkill timed, List<TurnStats> stats)
      throws Exception {
    device.endSession();
    for (int i = 0; i < script.size(); i++) {
      timer.reset();
      long bytes = allocatedBytes();
      device.say(script.get(i));
      long allBytes = allocatedBytes() - bytes;
      double storeMillis = timer.nanos / 1e6;
      String calls = timer.reset();
      if (stats != null) {
        stats.get(i).millis().add(timed.lastMillis);
        stats.get(i).storeMillis().add(storeMillis);
        int counted = JSON.readTree(timed.lastLine).path("store").path("calls").asInt(-1);
        stats.get(i).storeCalls().add(counted + " " + calls);
        stats.get(i).bytes()[0] += timed.lastBytes;
        stats.get(i).bytes()[1] += allBytes;
      }
    }
  }

  /**
   * DynamoDB Local's own warm-up ({@code rounds} of one call of each kind the conversation makes, on keys no turn
   * reads), so that the measured turns wait on a store as warm as DynamoDB itself always is.
   */
  private static void warmStore(AmazonDynamoDB client, String tableName, int rounds) {
    long start = System.nanoTime();
    for (int i = 0; i < rounds; i++) {
      String pk = "BENCH#store-warm-up#" + (i % 50);
      var marker = new HashMap<>(DynamoTable.key(pk, "M#" + i));
      var entry = new HashMap<>(DynamoTable.key(pk, "I#" + i));
      var absent = Map.of("#sk", DynamoTable.SK);
      var added = new TransactWriteItemsRequest().withTransactItems(
          new TransactWriteItem().withUpdate(new Update().withTableName(tableName).withKey(DynamoTable.key(pk, "LIST"))
              .withUpdateExpression("SET #count = if_not_exists(#count, :zero) + :one")
              .withConditionExpression("attribute_not_exists(#count) OR #count < :max")
              .withExpressionAttributeNames(Map.of("#count", "count"))
              .withExpressionAttributeValues(Map.of(":zero", n(0), ":one", n(1), ":max", n(Integer.MAX_VALUE)))),
          new TransactWriteItem().withPut(new Put().withTableName(tableName).withItem(marker)
              .withConditionExpression("attribute_not_exists(#sk)").withExpressionAttributeNames(absent)),
          new TransactWriteItem().withPut(new Put().withTableName(tableName).withItem(entry)
              .withConditionExpression("attribute_not_exists(#sk)").withExpressionAttributeNames(absent)));
      client.transactWriteItems(added);
      try {
        client.transactWriteItems(added); // the marker is there now: cancelled, as for a product already on a list
      } catch (TransactionCanceledException alreadyThere) {
        // what this call is for
      }
      client.getItem(tableName, DynamoTable.key(pk, "M#" + i));
      client.putItem(tableName, new HashMap<>(DynamoTable.key(pk, "P")));
      client.updateItem(new UpdateItemRequest().withTableName(tableName).withKey(DynamoTable.key(pk, "PROFILE"))
          .withUpdateExpression("SET visits = if_not_exists(visits, :zero) + :one, lastSearch = :s")
          .withExpressionAttributeValues(Map.of(":zero", n(0), ":one", n(1), ":s", new AttributeValue("lounge chair"))));
      client.query(new QueryRequest().withTableName(tableName).withKeyConditionExpression("pk = :pk AND sk BETWEEN :a AND :b")
          .withExpressionAttributeValues(Map.of(":pk", new AttributeValue(pk), ":a", new AttributeValue("I#"),
              ":b", new AttributeValue("I#" + (i + 1)))).withLimit(20));
    }
    if (rounds > 0) {
      System.out.printf(Locale.ROOT, "DynamoDB Local warmed on its own: %d rounds of query, update, get, put and transactions"
          + " (through and cancelled), %.1f s%n", rounds, millis(start) / 1000);
    }
  }

  private static AttributeValue n(long value) {
    return new AttributeValue().withN(Long.toString(value));
  }

  /** What DynamoDB Local itself takes per call, through the same client the repositories use. */
  private static void storeFloor(DynamoTable table, int calls) {
    var client = table.client();
    var key = DynamoTable.key("BENCH#floor", "item");
    List<Double> puts = new ArrayList<>();
    List<Double> gets = new ArrayList<>();
    List<Double> updates = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      var item = new HashMap<>(key);
      item.put("n", new AttributeValue().withN(Integer.toString(i)));
      long t = System.nanoTime();
      client.putItem(table.name(), item);
      puts.add(millis(t));
      t = System.nanoTime();
      client.getItem(table.name(), key);
      gets.add(millis(t));
      t = System.nanoTime();
      client.updateItem(new UpdateItemRequest().withTableName(table.name())
          .withKey(key).withUpdateExpression("ADD n :one")
          .withExpressionAttributeValues(Map.of(":one", new AttributeValue().withN("1"))));
      updates.add(millis(t));
    }
    System.out.printf(Locale.ROOT, "DynamoDB Local per call (p50 / p99 ms): GetItem %.2f / %.2f, PutItem %.2f / %.2f,"
        + " UpdateItem %.2f / %.2f%n", percentile(sorted(gets), 50), percentile(sorted(gets), 99),
        percentile(sorted(puts), 50), percentile(sorted(puts), 99), percentile(sorted(updates), 50), percentile(sorted(updates), 99));
  }

  private static List<String> script(String locale) {
    return locale.equals("en-US") ? EN : DE;
  }

  /** Bytes this thread allocated so far (the embedded DynamoDB Local runs on it too). */
  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
  }

  private static long gcCount() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
  }

  private static List<Double> sorted(List<Double> samples) {
    List<Double> copy = new ArrayList<>(samples);
    Collections.sort(copy);
    return copy;
  }

  private static double millis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e6;
  }

  private static double percentile(List<Double> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
