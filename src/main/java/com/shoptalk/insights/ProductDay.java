package com.shoptalk.insights;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The unit the merchant's counters are kept in: one product of one locale's catalog on one day
 * (UTC).
 *
 * @param day the day, in UTC
 * @param locale the catalog's locale tag, {@code en-US} or {@code de-DE}
 * @param productId the catalog id
 */
public record ProductDay(LocalDate day, String locale, String productId) {
  public ProductDay {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(locale, "locale");
    Objects.requireNonNull(productId, "productId");
  }
}
