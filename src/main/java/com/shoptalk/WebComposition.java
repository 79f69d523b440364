package com.shoptalk;

import com.shoptalk.insights.ShopLinks;
import com.shoptalk.question.QuestionService;
import com.shoptalk.ratelimit.RateLimiter;
import com.shoptalk.sharing.SharingService;
import com.shoptalk.text.Templates;
import com.shoptalk.web.ListPages;
import com.shoptalk.web.QuestionPages;
import com.shoptalk.web.WebApp;
import java.time.Clock;

/** The web function's wiring: the friends' pages on the question and sharing services; no catalog, no ASK SDK. */
final class WebComposition {
  private final WebApp app;

  WebComposition(QuestionService questions, SharingService sharing, ShopLinks shopLinks, RateLimiter limiter,
      Clock clock) {
    this.app = new WebApp(new Templates());
    QuestionPages.register(app, questions, limiter, clock, shopLinks);
    ListPages.register(app, sharing, limiter, shopLinks);
  }

  WebApp app() {
    return app;
  }
}
