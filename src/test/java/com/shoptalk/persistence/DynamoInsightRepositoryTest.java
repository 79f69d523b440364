package com.shoptalk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.Request;
import com.amazonaws.Response;
import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.client.builder.AwsClientBuilder;
import com.amazonaws.handlers.RequestHandler2;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDBClientBuilder;
import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.model.QueryResult;
import com.shoptalk.insights.AskKind;
import com.shoptalk.insights.Counter;
import com.shoptalk.insights.DayCounts;
import com.shoptalk.insights.FriendComment;
import com.shoptalk.insights.ProductDay;
import com.shoptalk.insights.ProductRef;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The merchant's counters and shared comments in DynamoDB Local. */
class DynamoInsightRepositoryTest {
  private static final AtomicInteger TABLES = new AtomicInteger();
  private static final LocalDate DAY = LocalDate.of(2026, 3, 14);
  /** When the comments' question is forgotten (sooner than a year). */
  private static final Instant KEPT = DAY.plusDays(40).atStartOfDay(ZoneOffset.UTC).toInstant();
  private static LocalDynamo dynamo;

  @BeforeAll
  static void start() {
    dynamo = LocalDynamo.inMemory();
  }

  @AfterAll
  static void stop() {
    dynamo.close();
  }

  private static DynamoInsightRepository repository() {
    return new DynamoInsightRepository(dynamo.table("insights-" + TABLES.incrementAndGet()));
  }

  @Test
  void concurrent_clicks_on_one_product_are_counted_exactly() throws Exception {
    var insights = repository();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    var done = new ArrayList<Future<?>>();
    for (int i = 0; i < 400; i++) {
      done.add(pool.submit(() -> insights.add(new ProductDay(DAY, "en-US", "chair-1"), "Chair",
          Map.of(Counter.CLICKS_QUESTION, 1L))));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));

    DayCounts day = insights.counts(DAY, DAY, 100).days().get(0);
    assertEquals(400, day.get(Counter.CLICKS_QUESTION));
    assertEquals("Chair", day.title());
  }

  @Test
  void adds_several_counters_of_a_product_day_in_one_item() {
    var insights = repository();
    var key = new ProductDay(DAY, "de-DE", "sessel#1");

    insights.add(key, null, Map.of(Counter.VOTES_BUY, 1L, Counter.VOTES_DONT_BUY, 1L));
    insights.add(key, "Sessel", Map.of(Counter.VOTES_BUY, -1L));

    var days = insights.counts(DAY, DAY, 100).days();
    assertEquals(1, days.size());
    assertEquals(key, days.get(0).key());
    assertEquals(0, days.get(0).get(Counter.VOTES_BUY));
    assertEquals(1, days.get(0).get(Counter.VOTES_DONT_BUY));
    assertEquals("Sessel", days.get(0).title());
  }

  @Test
  void reads_only_the_days_of_the_period_across_months() {
    var insights = repository();
    for (LocalDate day = LocalDate.of(2026, 1, 25); day.isBefore(LocalDate.of(2026, 3, 10)); day = day.plusDays(1)) {
      insights.add(new ProductDay(day, "en-US", "lamp"), "Lamp", Map.of(Counter.WISH_LIST_SAVES, 1L));
    }

    var counts = insights.counts(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 1), 1000);

    assertEquals(30, counts.days().size());
    assertFalse(counts.truncated());
    assertEquals(LocalDate.of(2026, 3, 1), counts.days().get(0).key().day(), "newest first");
    assertEquals(LocalDate.of(2026, 1, 31), counts.days().get(29).key().day());
  }

  @Test
  void stops_at_the_most_items_and_says_so() {
    var insights = repository();
    for (int i = 0; i < 12; i++) {
      insights.add(new ProductDay(DAY.minusDays(i % 3), "en-US", "p" + i), null, Map.of(Counter.CLICKS_BUY, 1L));
    }

    var counts = insights.counts(DAY.minusDays(2), DAY, 10);

    assertEquals(10, counts.days().size());
    assertTrue(counts.truncated());
    assertFalse(insights.counts(DAY.minusDays(2), DAY, 12).truncated());
  }

  @Test
  void a_report_queries_one_key_range_per_month_and_reads_no_other_items() throws Exception {
    int port;
    try (var socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    var server = ServerRunner.createServerFromCommandLineArgs(new String[] {"-inMemory", "-port", Integer.toString(port)});
    server.start();
    try {
      var operations = new ArrayList<String>();
      var scanned = new AtomicInteger();
      var client = AmazonDynamoDBClientBuilder.standard()
          .withEndpointConfiguration(new AwsClientBuilder.EndpointConfiguration("http://127.0.0.1:" + port, "us-east-1"))
          .withCredentials(new AWSStaticCredentialsProvider(new BasicAWSCredentials("local", "local")))
          .withRequestHandlers(new RequestHandler2() {
            @Override
            public void afterResponse(Request<?> request, Response<?> response) {
              operations.add(request.getOriginalRequest().getClass().getSimpleName());
              if (response.getAwsResponse() instanceof QueryResult result) {
                scanned.addAndGet(result.getScannedCount());
              }
            }
          })
          .build();
      var insights = new DynamoInsightRepository(new DynamoTable(client, "insights").createIfMissing());
      for (LocalDate day = LocalDate.of(2026, 1, 1); day.isBefore(LocalDate.of(2026, 5, 1)); day = day.plusDays(1)) {
        for (String product : List.of("a", "b", "c")) {
          insights.add(new ProductDay(day, "en-US", product), null, Map.of(Counter.ASKED_WHICH_ONE, 1L));
        }
      }
      operations.clear();

      var counts = insights.counts(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 9), 10_000);

      assertEquals(List.of("QueryRequest", "QueryRequest"), operations, "one query per month, no scan");
      assertEquals(18 * 3, counts.days().size());
      assertEquals(18 * 3, scanned.get(), "only the period's items are read");
      client.shutdown();
    } finally {
      server.stop();
    }
  }

  @Test
  void a_shared_comment_is_replaced_by_a_later_answer_and_can_be_removed() {
    var insights = repository();
    var chairs = List.of(new ProductRef("oslo", "Oslo"), new ProductRef("bergen", null));
    insights.saveComment(new FriendComment("c1", DAY, "en-US", AskKind.WHICH_ONE, chairs, 0, "Oslo is comfier", KEPT));
    insights.saveComment(new FriendComment("c1", DAY, "en-US", AskKind.WHICH_ONE, chairs, 1, "Bergen after all", KEPT));
    insights.saveComment(new FriendComment("c2", DAY.minusDays(1), "en-US", AskKind.BUY_OR_NOT, chairs.subList(0, 1), 0, "Yes!", KEPT));

    var comments = insights.comments(DAY.minusDays(1), DAY, 10);

    assertEquals(List.of(new FriendComment("c1", DAY, "en-US", AskKind.WHICH_ONE, chairs, 1, "Bergen after all", KEPT),
        new FriendComment("c2", DAY.minusDays(1), "en-US", AskKind.BUY_OR_NOT, chairs.subList(0, 1), 0, "Yes!", KEPT)), comments);

    insights.deleteComment(DAY, "c1");
    assertEquals(List.of("c2"), insights.comments(DAY.minusDays(1), DAY, 10).stream().map(FriendComment::id).toList());
  }

  @Test
  void a_shared_comment_is_kept_a_year_at_most_even_when_its_question_lives_longer() {
    var insights = repository();
    var chairs = List.of(new ProductRef("oslo", "Oslo"));
    Instant inTwoYears = DAY.plusYears(2).atStartOfDay(ZoneOffset.UTC).toInstant();
    insights.saveComment(new FriendComment("c1", DAY, "en-US", AskKind.BUY_OR_NOT, chairs, 0, "Yes!", inTwoYears));

    var kept = insights.comments(DAY, DAY, 10).get(0).keptUntil();

    assertEquals(DAY.plusDays(365).atStartOfDay(ZoneOffset.UTC).toInstant(), kept);
  }
}
