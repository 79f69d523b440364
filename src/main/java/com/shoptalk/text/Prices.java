package com.shoptalk.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way ShopTalk writes a price, for the skill's speech and cards and for the friends' page
 * alike: "$129", "$24.99", "129 €", "24,99 €" — whole amounts without cents.
 */
public final class Prices {
  /** One currency format per locale, copied for each use (building one from the locale's data is slow; a format is not thread-safe). */
  private static final Map<Locale, NumberFormat> FORMATS = new ConcurrentHashMap<>();

  private Prices() {}

  /**
   * A price for a page: the locale's currency format, with the no-break space the locale puts
   * between number and sign ("24,99&nbsp;€"), so that the two never wrap apart.
   */
  public static String format(BigDecimal amount, Currency currency, Locale locale) {
    NumberFormat format = (NumberFormat) FORMATS.computeIfAbsent(locale, NumberFormat::getCurrencyInstance).clone();
    format.setCurrency(currency);
    // Whole or not is decided on the amount in cents: 298.999 is "$299", not "$299.00".
    BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
    boolean whole = cents.stripTrailingZeros().scale() <= 0;
    format.setMinimumFractionDigits(whole ? 0 : 2);
    format.setMaximumFractionDigits(whole ? 0 : 2);
    return format.format(cents);
  }

  /**
   * A price for a page from an ISO 4217 code; an unknown code is written after the plain amount
   * ("12.50 XBT").
   */
  public static String format(BigDecimal amount, String currencyCode, Locale locale) {
    Currency currency;
    try {
      currency = Currency.getInstance(currencyCode);
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return amount.toPlainString() + " " + currencyCode;
    }
    return format(amount, currency, locale);
  }

  /** A price for speech and cards: as {@link #format}, with plain spaces, which Alexa reads best. */
  public static String spoken(BigDecimal amount, Currency currency, Locale locale) {
    return format(amount, currency, locale).replace('\u00a0', ' ').replace('\u202f', ' ');
  }
}
