package com.shoptalk.catalog;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parser of Merchant Center prices such as {@code 129.99 USD}, {@code 1,299.00 USD}, {@code 12,99 EUR} or
 * {@code $5}, checked against the catalog's currency.
 */
final class PriceParser {

  private static final Pattern PRICE = Pattern.compile(
      "^(?:([A-Za-z]{3})\\s*|([$€£])\\s*)?(\\d[\\d.,\\s]*?)\\s*(?:([A-Za-z]{3})|([$€£]))?$");
  private static final Map<String, String> CURRENCY_SYMBOLS = Map.of("$", "USD", "€", "EUR", "£", "GBP");

  private PriceParser() {
  }

  /**
   * Returns the currency a catalog in a locale has: the country's, else EUR for German and USD for others.
   *
   * @param locale the catalog's locale
   * @return its currency
   */
  static Currency currencyOf(Locale locale) {
    if (locale.getCountry().isEmpty()) {
      return Currency.getInstance(NumberWords.isGerman(locale) ? "EUR" : "USD");
    }
    return Currency.getInstance(locale);
  }

  /**
   * Parses a price. A price without a currency is taken to be in the catalog's currency.
   *
   * @param text      the attribute's value
   * @param expected  the catalog's currency
   * @param attribute the attribute's name, for the message
   * @return the amount
   * @throws IllegalArgumentException with the reason to report
   */
  static Money parse(String text, Currency expected, String attribute) {
    Matcher m = PRICE.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("unparseable " + attribute + " '" + text + "'");
    }
    String code = m.group(1) != null ? m.group(1) : m.group(4);
    String symbol = m.group(2) != null ? m.group(2) : m.group(5);
    if (code == null && symbol != null) {
      code = CURRENCY_SYMBOLS.get(symbol);
    }
    Currency currency = expected;
    if (code != null) {
      try {
        currency = Currency.getInstance(code.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown currency '" + code + "' in " + attribute + " '" + text
            + "'");
      }
    }
    if (!currency.equals(expected)) {
      throw new IllegalArgumentException(attribute + " '" + text + "' is in " + currency.getCurrencyCode()
          + ", the catalog's currency is " + expected.getCurrencyCode());
    }
    try {
      return new Money(new BigDecimal(normalizeNumber(m.group(3))), currency);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("unparseable " + attribute + " '" + text + "'");
    }
  }

  /** Returns a number with grouping removed and a dot as the decimal separator. */
  private static String normalizeNumber(String number) {
    String n = number.replaceAll("\\s", "");
    int comma = n.lastIndexOf(',');
    int dot = n.lastIndexOf('.');
    if (comma >= 0 && dot >= 0) {
      // The later separator is the decimal one: 1,299.00 or 1.299,00.
      return comma > dot ? n.replace(".", "").replace(',', '.') : n.replace(",", "");
    }
    if (comma >= 0) {
      boolean decimal = n.length() - comma - 1 <= 2 && n.indexOf(',') == comma;
      return decimal ? n.replace(',', '.') : n.replace(",", "");
    }
    if (dot >= 0 && n.indexOf('.') != dot) {
      return n.replace(".", "");
    }
    return n;
  }
}
