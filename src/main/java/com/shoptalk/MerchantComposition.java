package com.shoptalk;

import com.shoptalk.insights.InsightEvents;
import com.shoptalk.insights.InsightRecorder;
import com.shoptalk.insights.InsightsService;
import com.shoptalk.insights.ProductDirectory;
import com.shoptalk.insights.SharedComments;
import com.shoptalk.insights.ShopLinks;
import com.shoptalk.persistence.DynamoInsightRepository;
import com.shoptalk.persistence.DynamoRateLimiter;
import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.question.QuestionRepository;
import com.shoptalk.web.GoRedirect;
import com.shoptalk.web.MerchantPages;
import com.shoptalk.web.WebApp;
import java.time.Clock;

/**
 * The merchant's side, wired: the insight events recorder, the counting shop links and the
 * key-protected report. The catalog products are only looked up when a shop link is followed.
 */
final class MerchantComposition {
  /** Merchant requests one client may make per minute (the key cannot be guessed by trying). */
  static final int MERCHANT_REQUESTS_PER_MINUTE = 30;

  private final Config config;
  private final DynamoTable table;
  private final Clock clock;
  private final DynamoInsightRepository repository;
  private final InsightRecorder recorder;
  private final InsightEvents events;
  private final ShopLinks shopLinks;

  MerchantComposition(Config config, DynamoTable table, Clock clock, ProductDirectory products) {
    this.config = config;
    this.table = table;
    this.clock = clock;
    this.repository = new DynamoInsightRepository(table);
    this.recorder = new InsightRecorder(repository, clock);
    this.events = new InsightEvents(recorder);
    this.shopLinks = new ShopLinks(config.publicBaseUrl(), products, recorder);
  }

  /** Adds {@code /go/<code>} and the {@code /merchant} pages to the web app. */
  void register(WebApp app) {
    GoRedirect.register(app, shopLinks);
    MerchantPages.register(app, insights(), config.merchantKey(),
        new DynamoRateLimiter(table, clock, MERCHANT_REQUESTS_PER_MINUTE), clock);
  }

  InsightRecorder recorder() {
    return recorder;
  }

  /** The domain's events (questions, votes, wish-list saves, reserved gifts), counted. */
  InsightEvents events() {
    return events;
  }

  ShopLinks shopLinks() {
    return shopLinks;
  }

  /** The friends' comments shared with the shop, as "delete my data" finds them through the questions. */
  SharedComments sharedComments(QuestionRepository questions) {
    return new SharedComments(repository, questions);
  }

  InsightsService insights() {
    return new InsightsService(repository, clock);
  }
}
