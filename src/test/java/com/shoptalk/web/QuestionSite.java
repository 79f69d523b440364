package com.shoptalk.web;

import com.shoptalk.insights.InsightEvents;
import com.shoptalk.insights.InsightRecorder;
import com.shoptalk.insights.ProductDirectory;
import com.shoptalk.insights.ShopLinks;
import com.shoptalk.local.LocalServer;
import com.shoptalk.persistence.DynamoInsightRepository;
import com.shoptalk.persistence.DynamoQuestionRepository;
import com.shoptalk.persistence.DynamoRateLimiter;
import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.question.Fixtures;
import com.shoptalk.question.QuestionOption;
import com.shoptalk.question.QuestionService;
import com.shoptalk.ratelimit.RateLimiter;
import com.shoptalk.testing.FormBrowser;
import com.shoptalk.text.Templates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

/**
 * The question pages on a real local HTTP server over DynamoDB Local, as the tests use them: with
 * the counting shop links ({@code /go/<code>}) into a catalog of the {@link Fixtures} products, and
 * the merchant's insights counting in the same table.
 */
final class QuestionSite implements AutoCloseable {
  /** The catalog the shop links lead into: the products of {@link Fixtures}. */
  static final ProductDirectory CATALOG = (locale, id) -> Stream.of(Fixtures.loungeChair(), Fixtures.rockingChair(), Fixtures.beanBag())
      .filter(option -> option.productId().equals(id))
      .findFirst()
      .map((QuestionOption option) -> new ProductDirectory.ShopProduct(option.productId(), option.title(), option.link()));

  final Fixtures.MutableClock clock = Fixtures.MutableClock.now();
  final QuestionService service;
  final DynamoInsightRepository insights;
  final LocalServer server;

  private static final java.util.concurrent.atomic.AtomicInteger TABLES = new java.util.concurrent.atomic.AtomicInteger();

  /** A site with its own table, so that rate limits and data do not leak between tests. */
  QuestionSite(com.shoptalk.persistence.LocalDynamo dynamo, int postsPerMinute) throws IOException {
    this(dynamo.table("shoptalk-" + TABLES.incrementAndGet()), postsPerMinute);
  }

  QuestionSite(DynamoTable table, int postsPerMinute) throws IOException {
    this(table, null, postsPerMinute);
  }

  /** A site whose posts pass {@code limiter} first (one that fails stands for a table that does not answer). */
  QuestionSite(DynamoTable table, RateLimiter limiter) throws IOException {
    this(table, limiter, 0);
  }

  private QuestionSite(DynamoTable table, RateLimiter limiter, int postsPerMinute) throws IOException {
    insights = new DynamoInsightRepository(table);
    var recorder = new InsightRecorder(insights, clock);
    service = new QuestionService(new DynamoQuestionRepository(table), clock, new InsightEvents(recorder));
    var app = new WebApp(new Templates());
    server = LocalServer.start(0, envelope -> "{}".getBytes(StandardCharsets.UTF_8), app);
    var links = new ShopLinks(server.baseUri().toString(), CATALOG, recorder);
    QuestionPages.register(app, service, limiter != null ? limiter : new DynamoRateLimiter(table, clock, postsPerMinute),
        clock, links);
    GoRedirect.register(app, links);
  }

  /** A new browser with no cookies yet. */
  FormBrowser browser(String acceptLanguage) {
    return new FormBrowser(server.baseUri(), acceptLanguage);
  }

  @Override
  public void close() {
    server.close();
  }
}
