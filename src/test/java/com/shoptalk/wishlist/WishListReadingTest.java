package com.shoptalk.wishlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.catalog.Money;
import com.shoptalk.catalog.Product;
import com.shoptalk.persistence.DynamoWishListRepository;
import com.shoptalk.persistence.LocalDynamo;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A list read with today's catalog: names in the shopper's language, price drops, products gone. */
class WishListReadingTest {
  private static final Locale DE = Locale.forLanguageTag("de-DE");
  private static final Product TEPPICH = product("rug", "Wollteppich", "99.00");
  private static LocalDynamo dynamo;
  private static WishListService service;
  private final WishListOwner owner = WishListOwner.account("amzn1.ask.account." + UUID.randomUUID());

  @BeforeAll
  static void start() {
    dynamo = LocalDynamo.inMemory();
    Map<String, Product> germanCatalog = Map.of(TEPPICH.id(), TEPPICH);
    service = new WishListService(new DynamoWishListRepository(dynamo.table("reading-test")),
        (locale, id) -> locale.equals(DE) ? Optional.ofNullable(germanCatalog.get(id)) : Optional.empty(),
        Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    dynamo.close();
  }

  private static Product product(String id, String name, String eur) {
    return new Product(id, name, name, "", "", "", Money.of(eur, "EUR"), null, "in_stock", null,
        List.of(), List.of(), "", "", "", List.of());
  }

  @Test
  void reads_the_catalogs_name_and_the_price_drop_since_saving() {
    service.add(owner, ListName.DEFAULT, new WishListItem("rug", "Wool Rug", "wool rug", new BigDecimal("129.00"), "EUR",
        null, null, null));

    SavedProduct saved = service.read(owner, ListName.DEFAULT, DE).get(0);

    assertEquals("Wollteppich", saved.spokenName());
    assertEquals(Optional.of(Money.of("30.00", "EUR")), saved.priceDrop());
    assertTrue(saved.isAvailable());
  }

  @Test
  void a_product_the_shop_no_longer_has_reads_as_saved() {
    service.add(owner, ListName.DEFAULT, new WishListItem("gone", "Old Lamp", "old lamp", new BigDecimal("20"), "EUR",
        null, null, null));

    SavedProduct saved = service.read(owner, ListName.DEFAULT, DE).get(0);

    assertFalse(saved.isAvailable());
    assertEquals("old lamp", saved.spokenName());
    assertEquals(Optional.of(Money.of("20", "EUR")), saved.savedPrice());
    assertEquals(Optional.empty(), saved.priceDrop());
  }
}
