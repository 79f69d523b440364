package com.shoptalk;

import com.shoptalk.question.QuestionService;
import com.shoptalk.ratelimit.RateLimiter;
import com.shoptalk.text.Templates;
import com.shoptalk.web.QuestionPages;
import com.shoptalk.web.WebApp;
import java.time.Clock;

/** The web function's wiring: the friends' pages on the question service; no catalog, no ASK SDK. */
final class WebComposition {
  private final WebApp app;

  WebComposition(QuestionService questions, RateLimiter limiter, Clock clock) {
    this.app = new WebApp(new Templates());
    QuestionPages.register(app, questions, limiter, clock);
  }

  WebApp app() {
    return app;
  }
}
