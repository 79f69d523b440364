package com.shoptalk.wishlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WishListItemTest {
  private final WishListItem saved =
      new WishListItem("rug", "Nordic Wool Rug", "wool rug", new BigDecimal("129.90"), "USD", null, null, null);

  @Test
  void tells_how_much_cheaper_a_product_is_now() {
    assertEquals(Optional.of(new BigDecimal("20.00")), saved.priceDropTo(new BigDecimal("109.90"), "USD"));
  }

  @Test
  void tells_no_drop_when_the_price_rose_stayed_or_is_in_another_currency() {
    assertEquals(Optional.empty(), saved.priceDropTo(new BigDecimal("139.90"), "USD"));
    assertEquals(Optional.empty(), saved.priceDropTo(new BigDecimal("129.9"), "USD"));
    assertEquals(Optional.empty(), saved.priceDropTo(new BigDecimal("99"), "EUR"));
    assertEquals(Optional.empty(), saved.priceDropTo(null, "USD"));
  }

  @Test
  void the_spoken_name_defaults_to_the_title() {
    assertEquals("Nordic Wool Rug", new WishListItem("rug", "Nordic Wool Rug", " ", null, null, null, null, null).spokenName());
  }

  @Test
  void a_price_needs_a_currency() {
    assertThrows(IllegalArgumentException.class,
        () -> new WishListItem("rug", "Rug", null, BigDecimal.TEN, null, null, null, null));
    assertThrows(IllegalArgumentException.class,
        () -> new WishListItem("rug", "Rug", null, new BigDecimal("-1"), "USD", null, null, null));
  }
}
