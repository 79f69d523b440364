package com.shoptalk.web;

import com.shoptalk.insights.InsightRecorder;
import com.shoptalk.insights.InsightsService;
import com.shoptalk.insights.ProductDirectory;
import com.shoptalk.insights.ShopLinks;
import com.shoptalk.local.LocalServer;
import com.shoptalk.persistence.DynamoInsightRepository;
import com.shoptalk.persistence.DynamoRateLimiter;
import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.question.Fixtures;
import com.shoptalk.testing.FormBrowser;
import com.shoptalk.text.Templates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/** The counting links and the merchant's report on a real local HTTP server over DynamoDB Local. */
final class MerchantSite implements AutoCloseable {
  static final String KEY = "test-merchant-key-0123456789";
  private static final AtomicInteger TABLES = new AtomicInteger();
  private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  final Fixtures.MutableClock clock = Fixtures.MutableClock.now();
  final InsightRecorder recorder;
  final InsightsService insights;
  final ShopLinks links;
  final LocalServer server;
  final WebApp app = new WebApp(new Templates());

  /**
   * A site with its own table.
   *
   * @param key the merchant key, or {@code null} for none
   * @param products the catalog products the links may lead to
   */
  MerchantSite(LocalDynamo dynamo, String key, int merchantRequestsPerMinute, ProductDirectory products) {
    DynamoTable table = dynamo.table("merchant-" + TABLES.incrementAndGet());
    var repo = new DynamoInsightRepository(table);
    recorder = new InsightRecorder(repo, clock);
    insights = new InsightsService(repo, clock);
    try {
      server = LocalServer.start(0, envelope -> "{}".getBytes(StandardCharsets.UTF_8), app);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    links = new ShopLinks(server.baseUri().toString(), products, recorder);
    GoRedirect.register(app, links);
    MerchantPages.register(app, insights, key, new DynamoRateLimiter(table, clock, merchantRequestsPerMinute), clock);
  }

  FormBrowser browser(String acceptLanguage) {
    return new FormBrowser(server.baseUri(), acceptLanguage);
  }

  /** A GET with extra headers (name, value, …). */
  HttpResponse<String> get(String pathOrUrl, String... headers) {
    var builder = HttpRequest.newBuilder(server.baseUri().resolve(pathOrUrl));
    if (headers.length > 0) {
      builder.headers(headers);
    }
    return send(builder.GET().build());
  }

  HttpResponse<String> send(HttpRequest request) {
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  URI uri(String path) {
    return server.baseUri().resolve(path);
  }

  @Override
  public void close() {
    server.close();
  }
}
