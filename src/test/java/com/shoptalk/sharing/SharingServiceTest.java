package com.shoptalk.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.persistence.DynamoSharingRepository;
import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.persistence.DynamoWishListRepository;
import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.question.Fixtures;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListItem;
import com.shoptalk.wishlist.WishListOwner;
import com.shoptalk.wishlist.WishListService;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sharing a list and reserving its wishes, against DynamoDB Local. */
class SharingServiceTest {
  private static final String BEN = "ben-browser-000000000000";
  private static final String CLEO = "cleo-browser-00000000000";
  private static LocalDynamo dynamo;
  private static DynamoTable table;

  private final Fixtures.MutableClock clock = Fixtures.MutableClock.now();
  private final WishListService wishLists = new WishListService(new DynamoWishListRepository(table), clock);
  private final SharingService sharing = new SharingService(new DynamoSharingRepository(table), clock);
  private final WishListOwner owner = WishListOwner.account("amzn1.ask.account." + UUID.randomUUID());
  private final ListName birthday = ListName.of("my birthday list", Locale.US);

  @BeforeAll
  static void startDynamo() {
    dynamo = LocalDynamo.inMemory();
    table = dynamo.table("shoptalk");
  }

  @AfterAll
  static void stopDynamo() {
    dynamo.close();
  }

  @Test
  void a_shared_list_opens_by_its_link_with_its_wishes_in_order() {
    save(Wishes.loungeChair(), Wishes.teapot());

    ListShare share = sharing.share(owner, birthday, "Anna", Locale.US);
    SharedList list = sharing.open(share.token());

    assertTrue(share.token().matches("[A-Za-z0-9_-]{24}"), "144 random bits");
    assertEquals("Anna", list.share().ownerName());
    assertEquals("birthday list", list.share().list().displayName());
    assertEquals(List.of("chair-1", "teapot-2"), list.items().stream().map(i -> i.item().productId()).toList());
    assertEquals(0, list.taken());
  }

  @Test
  void sharing_a_shared_list_again_gives_the_same_link() {
    ListShare first = sharing.share(owner, birthday, "Anna", Locale.US);

    assertEquals(first.token(), sharing.share(owner, birthday, "Anna", Locale.US).token());
  }

  @Test
  void a_list_that_is_no_longer_shared_says_so_and_sharing_again_gives_a_new_link() {
    ListShare first = sharing.share(owner, birthday, null, Locale.US);
    clock.advance(Duration.ofMinutes(1));

    assertTrue(sharing.stopSharing(owner, birthday));
    assertThrows(ShareRevoked.class, () -> sharing.open(first.token()));
    ListShare second = sharing.share(owner, birthday, null, Locale.US);

    assertNotEquals(first.token(), second.token());
    assertEquals(second.token(), sharing.open(second.token()).share().token());
    assertFalse(sharing.stopSharing(owner, ListName.DEFAULT), "the default list was never shared");
  }

  @Test
  void an_unknown_or_malformed_token_is_not_found() {
    assertThrows(ShareNotFound.class, () -> sharing.open("A".repeat(24)));
    assertThrows(ShareNotFound.class, () -> sharing.open("<script>"));
    assertThrows(ShareNotFound.class, () -> sharing.open(null));
  }

  @Test
  void a_reserved_wish_is_taken_for_everyone_else() {
    save(Wishes.loungeChair());
    String token = sharing.share(owner, birthday, "Anna", Locale.US).token();
    long chair = sharing.open(token).items().get(0).id();

    SharedItem mine = sharing.reserve(token, chair, BEN, "Ben", "I'll get the oak one");
    WishTaken quicker = assertThrows(WishTaken.class, () -> sharing.reserve(token, chair, CLEO, "Cleo", null));

    assertTrue(mine.reservation().isBy(BEN));
    assertEquals("Ben", quicker.item().reservation().friendName());
    assertEquals("I'll get the oak one", sharing.open(token).item(chair).orElseThrow().reservation().note());
  }

  @Test
  void reserving_ones_own_wish_again_changes_nothing() {
    save(Wishes.loungeChair());
    String token = sharing.share(owner, birthday, "Anna", Locale.US).token();
    long chair = sharing.open(token).items().get(0).id();
    sharing.reserve(token, chair, BEN, "Ben", null);

    SharedItem again = sharing.reserve(token, chair, BEN, null, null);

    assertEquals("Ben", again.reservation().friendName());
  }

  @Test
  void only_the_friend_who_reserved_can_undo_or_mark_bought() {
    save(Wishes.loungeChair());
    String token = sharing.share(owner, birthday, "Anna", Locale.US).token();
    long chair = sharing.open(token).items().get(0).id();
    sharing.reserve(token, chair, BEN, null, null);

    assertThrows(NotYourReservation.class, () -> sharing.undo(token, chair, CLEO));
    assertThrows(NotYourReservation.class, () -> sharing.markBought(token, chair, CLEO));
    sharing.markBought(token, chair, BEN);
    assertTrue(sharing.open(token).item(chair).orElseThrow().reservation().bought());
    sharing.undo(token, chair, BEN);

    assertNull(sharing.open(token).item(chair).orElseThrow().reservation());
  }

  @Test
  void the_owner_hears_counts_and_on_insisting_the_taken_wishes_never_the_friends() {
    save(Wishes.loungeChair(), Wishes.teapot(), Wishes.blanket());
    String token = sharing.share(owner, birthday, "Anna", Locale.US).token();
    List<SharedItem> items = sharing.open(token).items();
    sharing.reserve(token, items.get(0).id(), BEN, "Ben", "secret");
    sharing.reserve(token, items.get(2).id(), CLEO, null, null);
    sharing.markBought(token, items.get(2).id(), CLEO);

    assertEquals(new GiftCount(3, 2), sharing.count(owner, birthday));
    assertEquals(List.of("chair-1", "blanket-3"),
        sharing.takenWishes(owner, birthday).stream().map(WishListItem::productId).toList());
  }

  @Test
  void a_removed_wish_disappears_with_its_reservation_and_saved_again_it_is_free() {
    save(Wishes.loungeChair(), Wishes.teapot());
    String token = sharing.share(owner, birthday, "Anna", Locale.US).token();
    long chair = sharing.open(token).items().get(0).id();
    sharing.reserve(token, chair, BEN, "Ben", null);

    wishLists.remove(owner, birthday, "chair-1");
    assertThrows(WishGone.class, () -> sharing.reserve(token, chair, CLEO, null, null));
    save(Wishes.loungeChair());

    SharedList list = sharing.open(token);
    assertEquals(List.of("teapot-2", "chair-1"), list.items().stream().map(i -> i.item().productId()).toList());
    assertEquals(0, list.taken());
    assertEquals(new GiftCount(2, 0), sharing.count(owner, birthday));
  }

  @Test
  void clearing_a_list_removes_its_reservations() {
    save(Wishes.loungeChair(), Wishes.teapot());
    String token = sharing.share(owner, birthday, "Anna", Locale.US).token();
    sharing.open(token).items().forEach(i -> sharing.reserve(token, i.id(), BEN, null, null));

    wishLists.clear(owner, birthday);
    save(Wishes.teapot());

    assertEquals(new GiftCount(1, 0), sharing.count(owner, birthday));
    assertTrue(table.query(com.shoptalk.persistence.DynamoUserRepository.userKey(owner.userId())).stream()
        .noneMatch(item -> item.get("sk").getS().contains("#R#")), "no reservation left behind");
  }

  @Test
  void a_revoked_list_takes_no_reservations_but_keeps_the_ones_made() {
    save(Wishes.loungeChair(), Wishes.teapot());
    String token = sharing.share(owner, birthday, "Anna", Locale.US).token();
    List<SharedItem> items = sharing.open(token).items();
    sharing.reserve(token, items.get(0).id(), BEN, null, null);

    sharing.stopSharing(owner, birthday);

    assertThrows(ShareRevoked.class, () -> sharing.reserve(token, items.get(1).id(), CLEO, null, null));
    assertEquals(new GiftCount(2, 1), sharing.count(owner, birthday));
  }

  @Test
  void names_and_notes_longer_than_the_limits_are_refused() {
    save(Wishes.loungeChair());
    String token = sharing.share(owner, birthday, "Anna", Locale.US).token();
    long chair = sharing.open(token).items().get(0).id();

    assertEquals("name", assertThrows(InvalidReservation.class,
        () -> sharing.reserve(token, chair, BEN, "x".repeat(41), null)).field());
    assertEquals("note", assertThrows(InvalidReservation.class,
        () -> sharing.reserve(token, chair, BEN, null, "x".repeat(201))).field());
    assertEquals(0, sharing.count(owner, birthday).taken());
  }

  @Test
  void a_recognized_persons_list_is_shared_apart_from_the_accounts() {
    var anna = WishListOwner.person(owner.userId(), "amzn1.ask.person.ANNA");
    wishLists.add(anna, birthday, Wishes.teapot());
    save(Wishes.loungeChair());

    String annas = sharing.share(anna, birthday, "Anna", Locale.US).token();

    assertEquals(List.of("teapot-2"), sharing.open(annas).items().stream().map(i -> i.item().productId()).toList());
    assertTrue(sharing.shareOf(owner, birthday).isEmpty());
  }

  @Test
  void the_only_shared_list_is_found_but_not_among_several_or_none() {
    var wish = ListName.DEFAULT;
    assertTrue(sharing.onlySharedList(owner).isEmpty());
    sharing.share(owner, birthday, null, Locale.US);
    assertEquals("birthday list", sharing.onlySharedList(owner).orElseThrow().displayName());
    sharing.share(owner, wish, null, Locale.US);
    assertTrue(sharing.onlySharedList(owner).isEmpty());
    sharing.stopSharing(owner, birthday);

    assertEquals(wish, sharing.onlySharedList(owner).orElseThrow());
  }

  @Test
  void a_failing_gift_count_neither_fails_the_reservation_nor_its_undo() {
    GiftEvents broken = new GiftEvents() {
      @Override
      public void reserved(ListShare share, WishListItem item) {
        throw new IllegalStateException("counter store down");
      }

      @Override
      public void released(ListShare share, WishListItem item, java.time.Instant reservedAt) {
        throw new IllegalStateException("counter store down");
      }
    };
    var counted = new SharingService(new DynamoSharingRepository(table), clock, broken);
    save(Wishes.loungeChair());
    String token = counted.share(owner, birthday, null, Locale.US).token();
    long chair = counted.open(token).items().get(0).id();

    assertTrue(counted.reserve(token, chair, BEN, null, null).reservation().isBy(BEN));
    counted.undo(token, chair, BEN);

    assertNull(counted.open(token).item(chair).orElseThrow().reservation());
  }

  private void save(WishListItem... items) {
    for (WishListItem item : items) {
      wishLists.add(owner, birthday, item);
    }
  }
}
