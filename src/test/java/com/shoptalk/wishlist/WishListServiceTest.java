package com.shoptalk.wishlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.persistence.DynamoWishListRepository;
import com.shoptalk.persistence.LocalDynamo;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The wish list service against DynamoDB Local. */
class WishListServiceTest {
  private static final Locale EN = Locale.forLanguageTag("en-US");
  private static final Locale DE = Locale.forLanguageTag("de-DE");
  private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");

  private static LocalDynamo dynamo;
  private static DynamoTable table;

  private final WishListService service =
      new WishListService(new DynamoWishListRepository(table), Clock.fixed(NOW, ZoneOffset.UTC));
  private final WishListOwner owner = WishListOwner.account("amzn1.ask.account." + UUID.randomUUID());
  private final ListName wishList = ListName.DEFAULT;

  @BeforeAll
  static void startDynamo() {
    dynamo = LocalDynamo.inMemory();
    table = dynamo.table("shoptalk");
  }

  @AfterAll
  static void stopDynamo() {
    dynamo.close();
  }

  static WishListItem item(String productId, String title, String spokenName) {
    return new WishListItem(productId, title, spokenName, new BigDecimal("49.90"), "USD",
        "https://shop.example/" + productId + ".jpg", "https://shop.example/" + productId, null);
  }

  static WishListItem item(String productId) {
    return item(productId, "Product " + productId, null);
  }

  private List<String> productIds(WishListOwner who, ListName list) {
    return service.items(who, list).stream().map(WishListItem::productId).toList();
  }

  @Test
  void reads_items_back_in_the_order_they_were_added() {
    for (String id : List.of("c", "a", "b", "d")) {
      assertEquals(AddOutcome.ADDED, service.add(owner, wishList, item(id)));
    }
    assertEquals(List.of("c", "a", "b", "d"), productIds(owner, wishList));
  }

  @Test
  void keeps_the_product_snapshot_and_stamps_when_it_was_added() {
    var rug = new WishListItem("rug-1", "Nordic Wool Rug 160x230", "wool rug", new BigDecimal("129.90"), "usd",
        "https://shop.example/rug.jpg", "https://shop.example/rug", null);
    service.add(owner, wishList, rug);

    assertEquals(List.of(rug.withAddedAt(NOW)), service.items(owner, wishList));
    assertEquals(new BigDecimal("129.90"), service.items(owner, wishList).get(0).price());
  }

  @Test
  void keeps_items_without_price_or_links() {
    var plain = new WishListItem("x1", "Gift card", null, null, null, null, null, null);
    service.add(owner, wishList, plain);

    assertEquals(List.of(plain.withAddedAt(NOW)), service.items(owner, wishList));
  }

  @Test
  void adding_the_same_product_twice_keeps_one_entry() {
    assertEquals(AddOutcome.ADDED, service.add(owner, wishList, item("rug")));
    assertEquals(AddOutcome.ALREADY_ON_LIST, service.add(owner, wishList, item("rug")));

    assertEquals(List.of("rug"), productIds(owner, wishList));
    assertEquals(1, service.summaries(owner).get(0).size());
  }

  @Test
  void removes_a_product_and_keeps_the_order_of_the_rest() {
    List.of("a", "b", "c").forEach(id -> service.add(owner, wishList, item(id)));

    assertTrue(service.remove(owner, wishList, "b"));
    assertFalse(service.remove(owner, wishList, "b"));
    assertEquals(List.of("a", "c"), productIds(owner, wishList));
  }

  @Test
  void a_removed_product_can_be_added_again_at_the_end() {
    List.of("a", "b").forEach(id -> service.add(owner, wishList, item(id)));
    service.remove(owner, wishList, "a");

    assertEquals(AddOutcome.ADDED, service.add(owner, wishList, item("a")));
    assertEquals(List.of("b", "a"), productIds(owner, wishList));
  }

  @Test
  void removing_from_an_unknown_list_is_false() {
    assertFalse(service.remove(owner, service.listName("garden", EN), "a"));
  }

  @Test
  void clearing_empties_the_list_but_keeps_it() {
    var birthday = service.listName("birthday list", EN);
    List.of("a", "b", "c").forEach(id -> service.add(owner, birthday, item(id)));
    service.add(owner, wishList, item("z"));

    assertEquals(3, service.clear(owner, birthday));
    assertEquals(List.of(), service.items(owner, birthday));
    assertEquals(List.of("z"), productIds(owner, wishList));
    assertEquals(List.of(ListName.DEFAULT, birthday), service.lists(owner));
    assertEquals(0, service.summaries(owner).get(1).size());
    assertEquals(0, service.clear(owner, birthday));
  }

  @Test
  void clears_a_full_list_in_one_call() {
    for (int i = 0; i < WishListService.MAX_ITEMS; i++) {
      service.add(owner, wishList, item("p" + i));
    }
    assertEquals(WishListService.MAX_ITEMS, service.clear(owner, wishList));
    assertEquals(List.of(), service.items(owner, wishList));
    assertEquals(AddOutcome.ADDED, service.add(owner, wishList, item("again")));
  }

  @Test
  void named_lists_are_separate_from_the_default_list() {
    var birthday = service.listName("my birthday list", EN);
    service.add(owner, wishList, item("a"));
    service.add(owner, birthday, item("b"));
    service.add(owner, service.listName("birthday", EN), item("c"));

    assertEquals(List.of("a"), productIds(owner, wishList));
    assertEquals(List.of("b", "c"), productIds(owner, birthday));
  }

  @Test
  void the_same_product_may_be_on_two_lists() {
    var birthday = service.listName("birthday", EN);
    assertEquals(AddOutcome.ADDED, service.add(owner, wishList, item("a")));
    assertEquals(AddOutcome.ADDED, service.add(owner, birthday, item("a")));
  }

  @Test
  void lists_name_the_default_list_first_with_display_names_as_first_spoken() {
    service.add(owner, service.listName("my birthday list", EN), item("a"));
    service.add(owner, service.listName("Christmas", EN), item("b"));
    service.add(owner, wishList, item("c"));
    service.add(owner, service.listName("Birthday", EN), item("d"));

    List<ListName> lists = service.lists(owner);
    assertEquals(List.of("default", "birthday", "christmas"), lists.stream().map(ListName::key).toList());
    assertEquals(List.of("", "birthday list", "Christmas"), lists.stream().map(ListName::displayName).toList());
  }

  @Test
  void a_created_list_is_listed_while_still_empty() {
    ListName created = service.create(owner, service.listName("Geburtstagsliste", DE));
    service.create(owner, service.listName("Geburtstag", DE));

    assertEquals(new ListName("geburtstag", "Geburtstagsliste"), created);
    assertEquals("Geburtstagsliste", created.displayName());
    assertEquals(List.of(created), service.lists(owner));
    assertEquals(0, service.summaries(owner).get(0).size());
  }

  @Test
  void a_new_owner_has_no_lists() {
    assertEquals(List.of(), service.lists(owner));
    assertEquals(List.of(), service.items(owner, wishList));
  }

  @Test
  void a_recognized_persons_lists_are_separate_from_the_account_and_from_other_people() {
    var anna = WishListOwner.person(owner.userId(), "amzn1.ask.person.ANNA");
    var ben = WishListOwner.person(owner.userId(), "amzn1.ask.person.BEN");
    service.add(owner, wishList, item("shared"));
    service.add(anna, wishList, item("anna-1"));
    service.add(ben, wishList, item("ben-1"));
    service.add(ben, service.listName("birthday", EN), item("ben-2"));

    assertEquals(List.of("shared"), productIds(owner, wishList));
    assertEquals(List.of("anna-1"), productIds(anna, wishList));
    assertEquals(List.of("ben-1"), productIds(ben, wishList));
    assertEquals(1, service.lists(owner).size());
    assertEquals(1, service.lists(anna).size());
    assertEquals(2, service.lists(ben).size());
    assertFalse(service.remove(anna, wishList, "ben-1"));
  }

  @Test
  void an_unrecognized_speaker_uses_the_accounts_lists() {
    service.add(WishListOwner.person(owner.userId(), null), wishList, item("a"));
    service.add(WishListOwner.person(owner.userId(), " "), wishList, item("b"));

    assertEquals(List.of("a", "b"), productIds(owner, wishList));
  }

  @Test
  void the_101st_add_gets_list_full_and_changes_nothing() {
    for (int i = 0; i < WishListService.MAX_ITEMS; i++) {
      assertEquals(AddOutcome.ADDED, service.add(owner, wishList, item("p" + i)));
    }
    assertEquals(AddOutcome.LIST_FULL, service.add(owner, wishList, item("one-too-many")));
    assertEquals(AddOutcome.ALREADY_ON_LIST, service.add(owner, wishList, item("p7")));

    assertEquals(WishListService.MAX_ITEMS, service.items(owner, wishList).size());
    assertEquals(WishListService.MAX_ITEMS, service.summaries(owner).get(0).size());
    assertTrue(service.remove(owner, wishList, "p0"));
    assertEquals(AddOutcome.ADDED, service.add(owner, wishList, item("one-too-many")));
  }

  @Test
  void finds_an_item_by_part_of_its_name() {
    service.add(owner, wishList, item("lamp", "Arc Floor Lamp, brass", "brass floor lamp"));
    service.add(owner, wishList, item("rug", "Nordic Wool Rug 160x230 cm", "wool rug"));

    assertEquals(Optional.of("rug"), service.findByName(owner, wishList, "the rug").map(WishListItem::productId));
    assertEquals(Optional.of("lamp"), service.findByName(owner, wishList, "Floor Lamps").map(WishListItem::productId));
    assertEquals(Optional.of("rug"), service.findByName(owner, wishList, "nordic").map(WishListItem::productId));
  }

  @Test
  void finds_an_item_across_plural_case_and_umlauts() {
    service.add(owner, wishList, item("mantel", "Wollmantel für Damen", "Mäntel aus Wolle"));
    service.add(owner, wishList, item("teppich", "Berber Teppich", "Teppich"));
    service.add(owner, wishList, item("shoes", "Trail Running Shoes", "running shoes"));
    service.add(owner, wishList, item("battery", "AA Battery 8-pack", "batteries"));

    assertEquals(Optional.of("mantel"), service.findByName(owner, wishList, "den Mantel").map(WishListItem::productId));
    assertEquals(Optional.of("teppich"), service.findByName(owner, wishList, "die TEPPICHE").map(WishListItem::productId));
    assertEquals(Optional.of("shoes"), service.findByName(owner, wishList, "running shoe").map(WishListItem::productId));
    assertEquals(Optional.of("battery"), service.findByName(owner, wishList, "the battery").map(WishListItem::productId));
  }

  @Test
  void finds_a_word_inside_a_german_compound() {
    service.add(owner, wishList, item("rug", "Wollteppich Nordic", "Wollteppich"));

    assertEquals(Optional.of("rug"), service.findByName(owner, wishList, "den Teppich").map(WishListItem::productId));
  }

  @Test
  void prefers_the_item_whose_name_fits_best() {
    service.add(owner, wishList, item("red", "Red Wool Rug", "red rug"));
    service.add(owner, wishList, item("blue", "Blue Wool Rug", "blue rug"));

    assertEquals(Optional.of("blue"), service.findByName(owner, wishList, "the blue rug").map(WishListItem::productId));
    assertEquals(List.of("red", "blue"),
        service.matchesByName(owner, wishList, "rug").stream().map(WishListItem::productId).toList());
  }

  @Test
  void finds_nothing_for_an_unrelated_name_or_no_words() {
    service.add(owner, wishList, item("rug", "Nordic Wool Rug", "wool rug"));

    assertEquals(Optional.empty(), service.findByName(owner, wishList, "a coffee table"));
    assertEquals(Optional.empty(), service.findByName(owner, wishList, "the"));
    assertEquals(Optional.empty(), service.findByName(owner, wishList, ""));
    assertEquals(Optional.empty(), service.findByName(owner, wishList, null));
  }

  @Test
  void finds_an_item_by_position() {
    List.of("a", "b", "c").forEach(id -> service.add(owner, wishList, item(id)));

    assertEquals(Optional.of("b"), service.itemAt(owner, wishList, 2).map(WishListItem::productId));
    assertEquals(Optional.empty(), service.itemAt(owner, wishList, 4));
    assertEquals(Optional.empty(), service.itemAt(owner, wishList, 0));
  }

  @Test
  void list_names_follow_the_shoppers_language() {
    assertTrue(service.listName("Wunschliste", DE).isDefault());
    assertEquals("geburtstag", service.listName("Geburtstagsliste", DE).key());
    assertEquals("birthday", service.listName("my birthday list", EN).key());
  }
}
