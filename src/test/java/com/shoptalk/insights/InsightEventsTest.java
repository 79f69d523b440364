package com.shoptalk.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.catalog.Money;
import com.shoptalk.catalog.Product;
import com.shoptalk.persistence.DynamoInsightRepository;
import com.shoptalk.persistence.DynamoQuestionRepository;
import com.shoptalk.persistence.DynamoSharingRepository;
import com.shoptalk.persistence.DynamoTable;
import com.shoptalk.persistence.DynamoWishListRepository;
import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.question.Fixtures;
import com.shoptalk.question.QuestionService;
import com.shoptalk.sharing.ListShare;
import com.shoptalk.sharing.SharingService;
import com.shoptalk.sharing.Wishes;
import com.shoptalk.wishlist.AddOutcome;
import com.shoptalk.wishlist.CurrentProducts;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListItem;
import com.shoptalk.wishlist.WishListOwner;
import com.shoptalk.wishlist.WishListService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The domain services tell the insights what happens; counted in DynamoDB Local. */
class InsightEventsTest {
  private static LocalDynamo dynamo;
  private static int tables;

  private final Fixtures.MutableClock clock = Fixtures.MutableClock.now();
  private final String user = "amzn1.ask.account." + UUID.randomUUID();
  private DynamoInsightRepository insights;
  private QuestionService questions;
  private WishListService wishLists;
  private SharingService sharing;

  @BeforeAll
  static void start() {
    dynamo = LocalDynamo.inMemory();
  }

  @AfterAll
  static void stop() {
    dynamo.close();
  }

  @BeforeEach
  void wire() {
    DynamoTable table = dynamo.table("events-" + ++tables);
    insights = new DynamoInsightRepository(table);
    var recorder = new InsightRecorder(insights, clock);
    var events = new InsightEvents(recorder);
    questions = new QuestionService(new DynamoQuestionRepository(table), clock, events);
    wishLists = new WishListService(new DynamoWishListRepository(table), CurrentProducts.NONE, clock, events);
    sharing = new SharingService(new DynamoSharingRepository(table), clock, new GiftInsights(() -> recorder));
  }

  @Test
  void asking_friends_counts_each_product_of_the_question() {
    questions.create(Fixtures.whichOne(user));
    questions.create(Fixtures.aboutOne(user));
    questions.create(Fixtures.ideas(user));

    assertEquals(Map.of("chair-1", 1L, "chair-2", 1L, "bag-3", 1L), sums(Counter.ASKED_WHICH_ONE));
    assertEquals(Map.of("chair-1", 1L, "chair-2", 0L, "bag-3", 0L), sums(Counter.ASKED_BUY_OR_NOT));
  }

  @Test
  void votes_moved_between_three_options_count_once_for_the_final_choice() {
    String token = questions.create(Fixtures.whichOne(user)).token();
    for (int friend = 0; friend < 3; friend++) {
      questions.vote(token, "friend-" + friend, 0, null, null);
    }
    questions.vote(token, "friend-0", 2, null, null);
    questions.vote(token, "friend-1", 1, null, null);
    questions.vote(token, "friend-1", 1, null, "still this one");

    assertEquals(Map.of("chair-1", 1L, "chair-2", 1L, "bag-3", 1L), sums(Counter.WHICH_ONE_WINS));
    assertEquals(Map.of("chair-1", 2L, "chair-2", 2L, "bag-3", 2L), sums(Counter.WHICH_ONE_LOSSES));
  }

  @Test
  void buy_or_skip_votes_are_counted_per_answer() {
    String token = questions.create(Fixtures.aboutOne(user)).token();
    questions.vote(token, "friend-0", 0, null, null);
    questions.vote(token, "friend-1", 1, null, null);
    questions.vote(token, "friend-1", 0, null, null);

    assertEquals(Map.of("chair-1", 2L), sums(Counter.VOTES_BUY));
    assertEquals(Map.of("chair-1", 0L), sums(Counter.VOTES_DONT_BUY));
  }

  @Test
  void the_comment_reaches_the_shop_only_when_the_friend_ticked_the_box() {
    String token = questions.create(Fixtures.aboutOne(user)).token();
    questions.vote(token, "friend-0", 0, "Ben", "Comfy!", true);
    questions.vote(token, "friend-1", 1, "Cleo", "Too big for your flat", false);

    List<FriendComment> comments = insights.comments(today(), today(), 10);
    assertEquals(List.of("Comfy!"), comments.stream().map(FriendComment::text).toList());
    assertTrue(comments.stream().noneMatch(c -> c.text().contains("Ben")), "no names");
  }

  @Test
  void a_product_saved_to_a_wish_list_counts_once() {
    Product teapot = new Product("teapot-2", "Cast Iron Teapot", "teapot", "", "https://shop.example/p/teapot-2", "",
        Money.of("39.00", "USD"), null, "in_stock", null, List.of(), List.of(), "", "", "", List.of());
    var owner = WishListOwner.account(user);

    assertEquals(AddOutcome.ADDED, wishLists.add(owner, ListName.DEFAULT, teapot, Locale.US));
    assertEquals(AddOutcome.ALREADY_ON_LIST, wishLists.add(owner, ListName.DEFAULT, teapot, Locale.US));

    assertEquals(Map.of("teapot-2", 1L), sums(Counter.WISH_LIST_SAVES));
  }

  @Test
  void a_reserved_gift_counts_and_an_undone_reservation_is_taken_back() {
    var owner = WishListOwner.account(user);
    var birthday = ListName.of("birthday", Locale.GERMANY);
    wishLists.add(owner, birthday, Wishes.loungeChair());
    wishLists.add(owner, birthday, Wishes.teapot());
    ListShare share = sharing.share(owner, birthday, null, Locale.GERMANY);
    var wishes = sharing.open(share.token()).items();

    sharing.reserve(share.token(), wishes.get(0).id(), "ben-browser-000000000000", null, null);
    sharing.reserve(share.token(), wishes.get(0).id(), "ben-browser-000000000000", null, null);
    sharing.reserve(share.token(), wishes.get(1).id(), "cleo-browser-00000000000", null, null);
    sharing.undo(share.token(), wishes.get(1).id(), "cleo-browser-00000000000");

    assertEquals(Map.of("chair-1", 1L, "teapot-2", 0L), sums(Counter.GIFTS_RESERVED));
    assertEquals("de-DE", insights.counts(today(), today(), 10).days().get(0).key().locale());
  }

  @Test
  void a_gift_whose_product_id_is_too_long_to_count_is_still_reserved() {
    var owner = WishListOwner.account(user);
    String oddId = "x".repeat(LinkCode.MAX_PRODUCT_ID + 50);
    wishLists.add(owner, ListName.DEFAULT, new WishListItem(oddId, "Odd Feed Lamp", null, new BigDecimal("20"), "USD",
        null, null, null));
    ListShare share = sharing.share(owner, ListName.DEFAULT, null, Locale.US);
    long wish = sharing.open(share.token()).items().get(0).id();

    sharing.reserve(share.token(), wish, "ben-browser-000000000000", null, null);
    sharing.undo(share.token(), wish, "ben-browser-000000000000");
    sharing.reserve(share.token(), wish, "cleo-browser-00000000000", null, null);

    assertTrue(sharing.open(share.token()).items().get(0).reservation().isBy("cleo-browser-00000000000"));
    assertEquals(Map.of(), sums(Counter.GIFTS_RESERVED));
  }

  @Test
  void the_recorder_returns_normally_for_events_it_cannot_count() {
    var recorder = new InsightRecorder(insights, clock);
    var product = new ProductRef("lamp-1", "Lamp");

    recorder.giftReserved(null, product);
    recorder.clicked(LinkSource.LIST, null, product);
    recorder.askedAbout("de-DE", AskKind.WHICH_ONE, null);

    assertEquals(Map.of("lamp-1", 1L), sums(Counter.GIFTS_RESERVED));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private Map<String, Long> sums(Counter counter) {
    var sums = new HashMap<String, Long>();
    for (DayCounts day : insights.counts(today(), today(), 100).days()) {
      sums.merge(day.key().productId(), day.get(counter), Long::sum);
    }
    return sums;
  }
}
