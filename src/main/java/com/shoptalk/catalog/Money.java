package com.shoptalk.catalog;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency, never negative.
 *
 * @param amount   the amount, zero or more
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  /** Validates the amount and currency. */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("amount must not be negative: " + amount);
    }
  }

  /**
   * Creates an amount from its decimal text and an ISO 4217 currency code.
   *
   * @param amount       the amount, e.g. {@code "129.99"}
   * @param currencyCode the currency code, e.g. {@code "USD"}
   * @return the money value
   */
  public static Money of(String amount, String currencyCode) {
    return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }

  /**
   * Compares amounts of the same currency.
   *
   * @throws IllegalArgumentException when the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("cannot compare " + currency + " with " + other.currency);
    }
    return amount.compareTo(other.amount);
  }
}
