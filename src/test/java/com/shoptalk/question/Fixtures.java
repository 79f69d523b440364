package com.shoptalk.question;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** Sample questions and a clock tests can move. */
public final class Fixtures {
  private Fixtures() {}

  public static QuestionOption loungeChair() {
    return new QuestionOption("chair-1", "Lounge Chair Oslo, oak and grey wool", "lounge chair Oslo",
        new BigDecimal("249.99"), "USD", "https://shop.example/img/chair-1.jpg", "https://shop.example/p/chair-1");
  }

  public static QuestionOption rockingChair() {
    return new QuestionOption("chair-2", "Rocking Chair Bergen", "rocking chair Bergen",
        new BigDecimal("179.00"), "USD", "https://shop.example/img/chair-2.jpg", "https://shop.example/p/chair-2");
  }

  public static QuestionOption beanBag() {
    return new QuestionOption("bag-3", "Bean Bag XL", null, new BigDecimal("59.50"), "USD", null, null);
  }

  public static NewQuestion aboutOne(String userId) {
    return new NewQuestion(userId, null, "Anna", QuestionKind.ABOUT_ONE, null, List.of(loungeChair()), "en-US", null);
  }

  public static NewQuestion whichOne(String userId) {
    return new NewQuestion(userId, null, "Anna", QuestionKind.WHICH_ONE, null,
        List.of(loungeChair(), rockingChair(), beanBag()), "en-US", null);
  }

  public static NewQuestion ideas(String userId) {
    return new NewQuestion(userId, null, null, QuestionKind.IDEAS, "gift ideas for my sister", List.of(), "en-US", null);
  }

  /** A clock that stands still until a test moves it. */
  public static final class MutableClock extends Clock {
    private volatile Instant now;

    public MutableClock(Instant start) {
      this.now = start;
    }

    /**
     * A clock at the current second: items carry a TTL, and DynamoDB Local really deletes expired
     * items in the background, so test data must not be dated in the past.
     */
    public static MutableClock now() {
      return new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    public void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
