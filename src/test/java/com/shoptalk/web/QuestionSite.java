package com.shoptalk.web;

import com.shoptalk.testing.FormBrowser;
import com.shoptalk.text.Templates;
import com.shoptalk.local.LocalServer;
import com.shoptalk.persistence.DynamoQuestionRepository;
import com.shoptalk.persistence.DynamoRateLimiter;
import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.question.Fixtures;
import com.shoptalk.question.QuestionService;
import com.shoptalk.ratelimit.RateLimiter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The question pages on a real local HTTP server over DynamoDB Local, as the tests use them. */
final class QuestionSite implements AutoCloseable {
  final Fixtures.MutableClock clock = Fixtures.MutableClock.now();
  final QuestionService service;
  final LocalServer server;

  private static final java.util.concurrent.atomic.AtomicInteger TABLES = new java.util.concurrent.atomic.AtomicInteger();

  /** A site with its own table, so that rate limits and data do not leak between tests. */
  QuestionSite(com.shoptalk.persistence.LocalDynamo dynamo, int postsPerMinute) throws IOException {
    this(dynamo.table("shoptalk-" + TABLES.incrementAndGet()), postsPerMinute);
  }

  QuestionSite(DynamoTable table, int postsPerMinute) throws IOException {
    service = new QuestionService(new DynamoQuestionRepository(table), clock);
    var app = new WebApp(new Templates());
    QuestionPages.register(app, service, new DynamoRateLimiter(table, clock, postsPerMinute), clock);
    server = LocalServer.start(0, envelope -> "{}".getBytes(StandardCharsets.UTF_8), app);
  }

  /** A site whose posts pass {@code limiter} first (one that fails stands for a table that does not answer). */
  QuestionSite(DynamoTable table, RateLimiter limiter) throws IOException {
    service = new QuestionService(new DynamoQuestionRepository(table), clock);
    var app = new WebApp(new Templates());
    QuestionPages.register(app, service, limiter, clock);
    server = LocalServer.start(0, envelope -> "{}".getBytes(StandardCharsets.UTF_8), app);
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
