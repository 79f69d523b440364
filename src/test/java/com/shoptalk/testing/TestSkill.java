package com.shoptalk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shoptalk.Config;
import com.shoptalk.ShopTalk;
import com.shoptalk.alexa.SkillHandler;
import com.shoptalk.local.AlexaSimulator;
import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.persistence.LocalDynamo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * ShopTalk for a test: DynamoDB Local in memory, the skill behind its Lambda entry point, and an
 * Alexa simulator that turns utterances into real request envelopes with the skill package's
 * interaction model. Close it after the test.
 */
public final class TestSkill implements AutoCloseable {
  public static final Path SKILL_PACKAGE = Path.of("skill-package");
  /** Where the tests' demo catalogs are built, once. */
  public static final Path DEMO_CATALOGS = Path.of("target", "test-catalogs");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final LocalDynamo dynamo;
  private final ShopTalk app;
  private final SkillHandler handler;
  private final Path dataDir;

  private TestSkill(Map<String, String> env, Clock clock) {
    try {
      this.dataDir = Files.createTempDirectory("shoptalk-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.dynamo = LocalDynamo.inMemory();
    var settings = new HashMap<>(env);
    settings.putIfAbsent("TABLE_NAME", "shoptalk-test");
    // The demo catalogs are built once into the build folder and shared by all tests (rebuilt when the catalog
    // code changes); a test with feeds of its own gets its own folder.
    if (!settings.containsKey("CATALOG_FEED_EN_US") && !settings.containsKey("CATALOG_FEED_DE_DE")) {
      settings.putIfAbsent("CATALOG_DIR", DEMO_CATALOGS.toString());
    }
    Config config = Config.from(settings);
    this.app = ShopTalk.local(config, dynamo.table(config.tableName()), dataDir, clock);
    this.handler = new SkillHandler(app);
  }

  public static TestSkill start() {
    return new TestSkill(Map.of(), Clock.systemUTC());
  }

  public static TestSkill start(Map<String, String> env, Clock clock) {
    return new TestSkill(env, clock);
  }

  public ShopTalk app() {
    return app;
  }

  public DynamoTable table() {
    return app.table();
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Runs raw request JSON through the Lambda entry point and returns the raw response. */
  public byte[] invokeRaw(byte[] request) {
    var out = new ByteArrayOutputStream();
    try {
      handler.handleRequest(new ByteArrayInputStream(request), out, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Runs request JSON through the Lambda entry point. */
  public JsonNode invoke(String requestJson) {
    try {
      return JSON.readTree(invokeRaw(requestJson.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A simulated Alexa device in a locale, talking to this skill's Lambda entry point. */
  public AlexaSimulator device(String locale) {
    return new AlexaSimulator(SKILL_PACKAGE, this::invokeRaw).locale(locale);
  }

  @Override
  public void close() {
    dynamo.close();
  }
}
