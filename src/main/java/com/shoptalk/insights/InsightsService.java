package com.shoptalk.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The merchant's report: the product days of a period summed per product, small numbers hidden,
 * shared comments attached to the products they are about.
 */
public final class InsightsService {
  /** Most product days one report reads (a product with events on a day is one). */
  public static final int MAX_PRODUCT_DAYS = 20_000;
  /** Most shared comments one report reads. */
  public static final int MAX_COMMENTS = 300;
  /** Most comments shown under one product. */
  public static final int COMMENTS_PER_PRODUCT = 10;

  private final InsightRepository repo;
  private final Clock clock;

  public InsightsService(InsightRepository repo, Clock clock) {
    this.repo = Objects.requireNonNull(repo, "repo");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The last days up to today, from {@code "30d"}.
   *
   * @throws ReportPeriod.InvalidPeriod when it is not {@code 1d} to {@code 366d}
   */
  public ReportPeriod since(String since) {
    return ReportPeriod.since(since, clock);
  }

  /** The report of a period. */
  public InsightReport report(ReportPeriod period) {
    InsightRepository.Counts counts = repo.counts(period.from(), period.to(), MAX_PRODUCT_DAYS);
    var products = new HashMap<Key, Sums>();
    for (DayCounts day : counts.days()) {
      products.computeIfAbsent(new Key(day.key().locale(), day.key().productId()), k -> new Sums()).add(day);
    }
    var comments = new HashMap<Key, List<CommentLine>>();
    for (FriendComment comment : repo.comments(period.from(), period.to(), MAX_COMMENTS)) {
      for (int i = 0; i < comment.products().size(); i++) {
        ProductRef product = comment.products().get(i);
        Key key = new Key(comment.locale(), product.productId());
        List<CommentLine> lines = comments.computeIfAbsent(key, k -> new ArrayList<>());
        if (lines.size() < COMMENTS_PER_PRODUCT) {
          lines.add(line(comment, i));
        }
        products.computeIfAbsent(key, k -> new Sums()).name(product.title(), LocalDate.MIN);
      }
    }
    var rows = new ArrayList<ProductRow>();
    products.forEach((key, sums) -> rows.add(new ProductRow(key.locale, key.productId,
        sums.title == null ? key.productId : sums.title, sums.shown(), comments.getOrDefault(key, List.of()))));
    rows.sort(Comparator.comparing((ProductRow r) -> r.title().toLowerCase(java.util.Locale.ROOT))
        .thenComparing(ProductRow::locale).thenComparing(ProductRow::productId));
    return new InsightReport(period, rows, counts.truncated());
  }

  private static CommentLine line(FriendComment comment, int index) {
    if (comment.kind() == AskKind.BUY_OR_NOT) {
      return new CommentLine(comment.day(), comment.choice() == 0 ? CommentLine.Stance.BUY : CommentLine.Stance.DONT_BUY,
          null, comment.text());
    }
    if (comment.choice() == index) {
      return new CommentLine(comment.day(), CommentLine.Stance.CHOSE_THIS, null, comment.text());
    }
    ProductRef chosen = comment.products().get(comment.choice());
    return new CommentLine(comment.day(), CommentLine.Stance.CHOSE_ANOTHER,
        chosen.title() == null ? chosen.productId() : chosen.title(), comment.text());
  }

  private record Key(String locale, String productId) {}

  /** One product's raw sums; they never leave this class unhidden. */
  private static final class Sums {
    final Map<Counter, Long> sums = new EnumMap<>(Counter.class);
    String title;
    LocalDate titleDay = LocalDate.MIN;

    void add(DayCounts day) {
      day.counts().forEach((counter, value) -> sums.merge(counter, value, Long::sum));
      name(day.title(), day.key().day());
    }

    /** Keeps the title of the latest day that named the product. */
    void name(String candidate, LocalDate day) {
      if (candidate != null && (title == null || day.isAfter(titleDay))) {
        title = candidate;
        titleDay = day;
      }
    }

    Map<Counter, ShownCount> shown() {
      var shown = new EnumMap<Counter, ShownCount>(Counter.class);
      for (Counter counter : Counter.values()) {
        // a count taken back on another day than it was made can dip below zero within a period
        shown.put(counter, ShownCount.of(Math.max(0, sums.getOrDefault(counter, 0L))));
      }
      return shown;
    }
  }
}
