package com.shoptalk.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a report covers, both included, in UTC.
 *
 * @param from the first day
 * @param to the last day
 */
public record ReportPeriod(LocalDate from, LocalDate to) {
  /** Longest period: a year and a day (counters are kept for two years). */
  public static final int MAX_DAYS = 366;
  /** The period when none is asked for. */
  public static final String DEFAULT_SINCE = "30d";
  private static final Pattern SINCE = Pattern.compile("\\s*(\\d{1,4})\\s*d\\s*", Pattern.CASE_INSENSITIVE);

  public ReportPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to.plusDays(1))) {
      throw new IllegalArgumentException("a report covers 1 to " + MAX_DAYS + " days: " + from + " to " + to);
    }
  }

  /**
   * The last {@code n} days up to today, from {@code "<n>d"} ({@code "30d"}).
   *
   * @throws InvalidPeriod when {@code since} is not {@code 1d} to {@code 366d}
   */
  public static ReportPeriod since(String since, Clock clock) {
    Matcher m = SINCE.matcher(since == null || since.isBlank() ? DEFAULT_SINCE : since);
    int days = m.matches() ? Integer.parseInt(m.group(1)) : 0;
    if (days < 1 || days > MAX_DAYS) {
      throw new InvalidPeriod(since);
    }
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    return new ReportPeriod(today.minusDays(days - 1L), today);
  }

  /** How many days the period has. */
  public int days() {
    return (int) (to.toEpochDay() - from.toEpochDay()) + 1;
  }

  /** A period that is not {@code 1d} to {@code 366d}. */
  public static final class InvalidPeriod extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidPeriod(String since) {
      super("a period is 1d to " + MAX_DAYS + "d, got: " + since);
    }
  }
}
