package com.shoptalk.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Where the merchant's counters and the friends' shared comments are kept. */
public interface InsightRepository {

  /**
   * Adds to a product's counters of one day, atomically per counter: concurrent calls never lose
   * a count.
   *
   * @param title the product's title, kept for the report when not {@code null}
   * @param deltas what to add to which counter (negative to take back a moved vote)
   */
  void add(ProductDay key, String title, Map<Counter, Long> deltas);

  /**
   * The counters of every product with events between two days (both included), reading at most
   * {@code maxItems} product days.
   */
  Counts counts(LocalDate from, LocalDate to, int maxItems);

  /** Keeps a shared comment, replacing an earlier one with the same id and day. */
  void saveComment(FriendComment comment);

  /** Removes a shared comment, if there is one. */
  void deleteComment(LocalDate day, String id);

  /** The shared comments of questions asked between two days (both included), newest first, at most {@code max}. */
  List<FriendComment> comments(LocalDate from, LocalDate to, int max);

  /**
   * Product days read for a report.
   *
   * @param days the counters, in no particular order
   * @param truncated whether there were more than the report reads
   */
  record Counts(List<DayCounts> days, boolean truncated) {
    public Counts {
      days = List.copyOf(days);
    }
  }
}
