package com.shoptalk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One price format for the skill and the page. */
class PricesTest {
  private static final Locale EN = Locale.forLanguageTag("en-US");
  private static final Locale DE = Locale.forLanguageTag("de-DE");
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void whole_amounts_have_no_cents() {
    assertEquals("$129", Prices.spoken(new BigDecimal("129.00"), USD, EN));
    assertEquals("129 €", Prices.spoken(new BigDecimal("129"), EUR, DE));
  }

  @Test
  void other_amounts_have_two_decimals_in_the_locale_format() {
    assertEquals("$24.99", Prices.spoken(new BigDecimal("24.99"), USD, EN));
    assertEquals("24,90 €", Prices.spoken(new BigDecimal("24.9"), EUR, DE));
  }

  @Test
  void amounts_are_rounded_to_cents_before_deciding_whole_or_not() {
    assertEquals("$299", Prices.spoken(new BigDecimal("298.999"), USD, EN));
  }

  @Test
  void the_page_keeps_the_no_break_space_speech_uses_a_plain_one() {
    assertEquals("249,99\u00a0€", Prices.format(new BigDecimal("249.99"), "EUR", DE));
    assertEquals("249,99 €", Prices.spoken(new BigDecimal("249.99"), EUR, DE));
  }

  @Test
  void an_unknown_currency_follows_the_plain_amount() {
    assertEquals("12.50 XQQ", Prices.format(new BigDecimal("12.50"), "XQQ", EN));
  }
}
