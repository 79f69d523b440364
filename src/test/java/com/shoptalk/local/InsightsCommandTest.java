package com.shoptalk.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shoptalk.insights.InsightRecorder;
import com.shoptalk.insights.LinkSource;
import com.shoptalk.insights.ProductRef;
import com.shoptalk.persistence.DynamoInsightRepository;
import com.shoptalk.persistence.LocalDynamo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code insights} command over the local run's data folder. */
class InsightsCommandTest {
  @TempDir
  static Path dataDir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeAll
  static void recordClicks() {
    try (var dynamo = LocalDynamo.inFolder(dataDir.resolve("dynamodb"))) {
      var recorder = new InsightRecorder(new DynamoInsightRepository(dynamo.table("shoptalk")), Clock.systemUTC());
      for (int i = 0; i < 4; i++) {
        recorder.clicked(LinkSource.QUESTION, "en-US", new ProductRef("oslo", "Lounge Chair Oslo"));
      }
      recorder.clicked(LinkSource.BUY, "de-DE", new ProductRef("oslo", "Sessel Oslo"));
    }
  }

  private int run(String... args) {
    return InsightsCommand.run(args, Map.of("SHOPTALK_DATA_DIR", dataDir.toString()),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void prints_the_report_as_csv() {
    assertEquals(0, run("insights", "--since", "30d", "--format", "csv"));

    String[] lines = out().split("\r\n");
    assertEquals(3, lines.length);
    assertTrue(lines[1].endsWith(",en-US,oslo,Lounge Chair Oslo,<3,<3,<3,<3,<3,<3,<3,<3,4,<3,<3"), lines[1]);
    assertTrue(lines[2].contains(",de-DE,oslo,Sessel Oslo,"), lines[2]);
  }

  @Test
  void prints_the_report_as_json() throws Exception {
    assertEquals(0, run("insights", "--format", "json"));

    var report = new ObjectMapper().readTree(out());
    assertEquals(4, report.get("products").get(0).get("counts").get("clicksQuestion").asInt());
  }

  @Test
  void prints_a_table_in_the_chosen_language() {
    assertEquals(0, run("insights", "--since", "7d", "--format", "table", "--locale", "de-DE"));

    assertTrue(out().startsWith("Was Freunde über Ihre Produkte sagen — "), out());
    assertTrue(out().contains("\nLounge Chair Oslo  (en-US, oslo)\n"), out());
    assertTrue(out().contains("  Klicks aus Fragen            4\n"), out());
    assertTrue(out().contains("  Klicks aus Kauf-Links        <3\n"), out());
  }

  @Test
  void explains_its_usage_on_unknown_options() {
    assertEquals(1, run("insights", "--format", "xml"));
    assertEquals(1, run("insights", "--since"));

    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("usage: insights [--since 30d]"));
  }

  @Test
  void refuses_a_period_out_of_range() {
    assertEquals(1, run("insights", "--since", "400d"));

    assertEquals("Please choose a period of 1 to 366 days, such as 30d.\n", err.toString(StandardCharsets.UTF_8));
  }
}
