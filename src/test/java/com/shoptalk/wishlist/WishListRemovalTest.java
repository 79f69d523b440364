package com.shoptalk.wishlist;

import static com.shoptalk.wishlist.WishListServiceTest.item;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shoptalk.persistence.DynamoWishListRepository;
import com.shoptalk.persistence.LocalDynamo;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Removing the item a shopper means, against DynamoDB Local. */
class WishListRemovalTest {
  private static LocalDynamo dynamo;
  private static WishListService service;
  private final WishListOwner owner = WishListOwner.account("amzn1.ask.account." + UUID.randomUUID());
  private final ListName list = ListName.DEFAULT;

  @BeforeAll
  static void start() {
    dynamo = LocalDynamo.inMemory();
    service = new WishListService(new DynamoWishListRepository(dynamo.table("removal-test")), Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    dynamo.close();
  }

  private void save(WishListItem... items) {
    for (WishListItem item : items) {
      service.add(owner, list, item);
    }
  }

  private List<String> left() {
    return service.items(owner, list).stream().map(WishListItem::productId).toList();
  }

  private static String removed(Removal removal) {
    return ((Removal.Removed) removal).item().productId();
  }

  @Test
  void removes_by_position_from_the_top() {
    save(item("a"), item("b"), item("c"));

    assertEquals("b", removed(service.remove(owner, list, new ItemChoice.ByPosition(2, Optional.empty()))));
    assertEquals(List.of("a", "c"), left());
  }

  @Test
  void removes_the_last_one() {
    save(item("a"), item("b"));

    assertEquals("b", removed(service.remove(owner, list, new ItemChoice.ByPosition(-1, Optional.empty()))));
  }

  @Test
  void a_position_as_heard_wins_over_the_position_from_the_top() {
    save(item("a"), item("b"), item("c"), item("d"));

    assertEquals("d", removed(service.remove(owner, list, new ItemChoice.ByPosition(1, Optional.of("d")))));
  }

  @Test
  void a_position_past_the_end_removes_nothing() {
    save(item("a"), item("b"));

    assertEquals(new Removal.OutOfRange(5, 2), service.remove(owner, list, new ItemChoice.ByPosition(5, Optional.empty())));
    assertEquals(List.of("a", "b"), left());
  }

  @Test
  void an_empty_list_says_so() {
    assertEquals(new Removal.EmptyList(), service.remove(owner, list, new ItemChoice.ByPosition(1, Optional.empty())));
  }

  @Test
  void removes_by_name() {
    save(item("rug", "Nordic Wool Rug", "wool rug"), item("lamp", "Floor Lamp", null));

    assertEquals("lamp", removed(service.remove(owner, list, new ItemChoice.ByName("the lamp"))));
  }

  @Test
  void a_name_several_items_fit_removes_nothing_and_names_them() {
    save(item("natura", "Natura Rug", null), item("braided", "Braided Rug", null));

    Removal removal = service.remove(owner, list, new ItemChoice.ByName("rug"));

    assertEquals(2, ((Removal.Ambiguous) removal).candidates().size());
    assertEquals(List.of("natura", "braided"), left());
  }

  @Test
  void a_name_nothing_fits_removes_nothing() {
    save(item("lamp", "Floor Lamp", null));

    assertEquals(new Removal.NotFound("the sofa"), service.remove(owner, list, new ItemChoice.ByName("the sofa")));
  }

  @Test
  void removes_the_product_in_focus_only_when_it_is_on_the_list() {
    save(item("a"));

    assertEquals(new Removal.NoneChosen(), service.remove(owner, list, new ItemChoice.ByProduct(Optional.of("z"))));
    assertEquals(new Removal.NoneChosen(), service.remove(owner, list, new ItemChoice.ByProduct(Optional.empty())));
    assertEquals("a", removed(service.remove(owner, list, new ItemChoice.ByProduct(Optional.of("a")))));
  }
}
