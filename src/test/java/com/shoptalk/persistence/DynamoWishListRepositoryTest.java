package com.shoptalk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.shoptalk.user.UserProfile;
import com.shoptalk.wishlist.AddOutcome;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListItem;
import com.shoptalk.wishlist.WishListOwner;
import com.shoptalk.wishlist.WishListService;
import com.shoptalk.wishlist.WishListSummary;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Wish lists in DynamoDB Local: the item design, durability, deletion, and concurrent changes. */
class DynamoWishListRepositoryTest {
  private static final int THREADS = 8;

  private static LocalDynamo dynamo;
  private static DynamoTable table;

  private final WishListOwner owner = WishListOwner.account("amzn1.ask.account." + UUID.randomUUID());
  private final WishListService service = new WishListService(new DynamoWishListRepository(table));
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @BeforeAll
  static void startDynamo() {
    dynamo = LocalDynamo.inMemory();
    table = dynamo.table("shoptalk");
  }

  @AfterAll
  static void stopDynamo() {
    dynamo.close();
  }

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(10, TimeUnit.SECONDS);
  }

  private static WishListItem item(String productId) {
    return new WishListItem(productId, "Product " + productId, null, new BigDecimal("19.90"), "EUR", null, null, null);
  }

  private List<String> productIds(ListName list) {
    return service.items(owner, list).stream().map(WishListItem::productId).toList();
  }

  private int storedCount(ListName list) {
    return service.summaries(owner).stream()
        .filter(summary -> summary.name().equals(list))
        .mapToInt(WishListSummary::size)
        .findFirst().orElse(0);
  }

  private List<Map<String, AttributeValue>> partition() {
    return table.query(DynamoUserRepository.userKey(owner.userId()));
  }

  private <T> List<T> runAll(List<Callable<T>> tasks) throws Exception {
    var start = new CountDownLatch(1);
    var futures = new ArrayList<Future<T>>();
    for (Callable<T> task : tasks) {
      futures.add(pool.submit(() -> {
        start.await();
        return task.call();
      }));
    }
    start.countDown();
    var results = new ArrayList<T>();
    for (Future<T> future : futures) {
      results.add(future.get(2, TimeUnit.MINUTES));
    }
    return results;
  }

  @Test
  void stores_the_list_in_the_users_partition_under_documented_keys() {
    var person = WishListOwner.person(owner.userId(), "amzn1.ask.person.A#B");
    service.add(owner, ListName.of("birthday", null), item("p-1"));
    service.add(person, ListName.DEFAULT, item("p-2"));

    var keys = partition().stream().map(item -> item.get(DynamoTable.SK).getS().replaceAll("#I#\\d{13}$", "#I#<ms>"))
        .sorted().toList();
    assertEquals(List.of(
        "WL#ACCOUNT#birthday#I#<ms>",
        "WL#ACCOUNT#birthday#P#p-1",
        "WL#PERSON#amzn1.ask.person.A%23B#default#I#<ms>",
        "WL#PERSON#amzn1.ask.person.A%23B#default#P#p-2",
        "WLMETA#ACCOUNT#birthday",
        "WLMETA#PERSON#amzn1.ask.person.A%23B#default"), keys);
  }

  @Test
  void adding_is_one_call_and_already_on_the_list_two() {
    var calls = new ArrayList<String>();
    var repository = new DynamoWishListRepository(new DynamoTable(CallNames.noting(dynamo.client(), calls), table.name()));
    Instant now = Instant.parse("2026-12-01T04:00:00Z");

    assertEquals(AddOutcome.ADDED, repository.add(owner, ListName.DEFAULT, item("a").withAddedAt(now), 100));
    assertEquals(List.of("transactWriteItems"), calls, "a new list and its first entry in one transaction");
    calls.clear();
    assertEquals(AddOutcome.ALREADY_ON_LIST, repository.add(owner, ListName.DEFAULT, item("a").withAddedAt(now.plusSeconds(5)), 100));
    assertEquals(List.of("transactWriteItems", "getItem"), calls, "the cancelled transaction, then the marker");
    assertEquals(1, storedCount(ListName.DEFAULT));
  }

  @Test
  void adds_in_the_same_millisecond_or_on_a_clock_behind_go_after_the_earlier_ones() {
    var repository = new DynamoWishListRepository(table);
    Instant now = Instant.parse("2026-12-01T04:00:00Z");
    for (String product : List.of("a", "b", "c")) {
      assertEquals(AddOutcome.ADDED, repository.add(owner, ListName.DEFAULT, item(product).withAddedAt(now), 100));
    }
    assertEquals(AddOutcome.ADDED, repository.add(owner, ListName.DEFAULT, item("d").withAddedAt(now.minusSeconds(3600)), 100));

    assertEquals(List.of("a", "b", "c", "d"), productIds(ListName.DEFAULT));
    assertEquals(4, storedCount(ListName.DEFAULT));
  }

  @Test
  void parallel_adds_in_the_same_millisecond_each_get_their_own_entry() throws Exception {
    var repository = new DynamoWishListRepository(table);
    Instant now = Instant.parse("2026-12-01T04:00:00Z");
    var tasks = new ArrayList<Callable<AddOutcome>>();
    for (int i = 0; i < 16; i++) {
      String product = "same-ms-" + i;
      tasks.add(() -> repository.add(owner, ListName.DEFAULT, item(product).withAddedAt(now), 100));
    }

    assertEquals(Collections.nCopies(16, AddOutcome.ADDED), runAll(tasks));
    assertEquals(16, productIds(ListName.DEFAULT).stream().distinct().count());
    assertEquals(16, storedCount(ListName.DEFAULT));
  }

  @Test
  void entries_of_a_list_from_before_stay_ahead_of_new_ones() {
    // A list as adds stored it when each took 1, 2, 3… in a call of its own.
    String pk = DynamoUserRepository.userKey(owner.userId());
    var keys = new WishListItems(owner, ListName.DEFAULT);
    Instant then = Instant.parse("2026-11-01T10:00:00Z");
    table.client().putItem(table.name(), new HashMap<>(Map.of(DynamoTable.PK, Items.s(pk), DynamoTable.SK, Items.s(keys.metaSk),
        "listKey", Items.s("default"), "count", Items.n(2), "nextSeq", Items.n(2), "createdAt", Items.s(then.toString()))));
    for (int seq = 1; seq <= 2; seq++) {
      String product = seq == 1 ? "old-1" : "old-2";
      table.client().putItem(table.name(), keys.entry(seq, item(product).withAddedAt(then)));
      table.client().putItem(table.name(), keys.marker(product, keys.itemSk(seq), null));
    }

    service.add(owner, ListName.DEFAULT, item("new"));

    assertEquals(List.of("old-1", "old-2", "new"), productIds(ListName.DEFAULT));
    assertEquals(AddOutcome.ALREADY_ON_LIST, service.add(owner, ListName.DEFAULT, item("old-2")));
    assertEquals(3, storedCount(ListName.DEFAULT));
  }

  @Test
  void a_full_list_says_so_and_a_product_on_it_is_still_already_there() {
    var repository = new DynamoWishListRepository(table);
    Instant now = Instant.parse("2026-12-01T04:00:00Z");
    repository.add(owner, ListName.DEFAULT, item("a").withAddedAt(now), 2);
    repository.add(owner, ListName.DEFAULT, item("b").withAddedAt(now), 2);

    assertEquals(AddOutcome.LIST_FULL, repository.add(owner, ListName.DEFAULT, item("c").withAddedAt(now.plusSeconds(1)), 2));
    assertEquals(AddOutcome.LIST_FULL, repository.add(owner, ListName.DEFAULT, item("c").withAddedAt(now), 2));
    assertEquals(AddOutcome.ALREADY_ON_LIST, repository.add(owner, ListName.DEFAULT, item("b").withAddedAt(now), 2));
    assertEquals(List.of("a", "b"), productIds(ListName.DEFAULT));
  }

  @Test
  void keeps_the_scale_of_prices() {
    service.add(owner, ListName.DEFAULT, item("p"));

    assertEquals("19.90", service.items(owner, ListName.DEFAULT).get(0).price().toPlainString());
  }

  @Test
  void data_survives_a_new_repository_on_the_same_table() {
    var birthday = ListName.of("my birthday list", null);
    service.add(owner, birthday, item("a"));
    service.add(owner, birthday, item("b"));

    var later = new WishListService(new DynamoWishListRepository(new DynamoTable(dynamo.client(), table.name())));
    assertEquals(List.of("a", "b"), later.items(owner, birthday).stream().map(WishListItem::productId).toList());
    assertEquals(List.of(new ListName("birthday", "birthday list")), later.lists(owner));
    assertEquals(AddOutcome.ALREADY_ON_LIST, later.add(owner, birthday, item("a")));
    assertEquals(AddOutcome.ADDED, later.add(owner, birthday, item("c")));
    assertEquals(List.of("a", "b", "c"), productIds(birthday));
  }

  @Test
  void deleting_all_of_a_user_removes_the_lists_of_the_account_and_its_persons_only() {
    var users = new DynamoUserRepository(table);
    users.save(UserProfile.newUser(owner.userId()).withLastVisit(Instant.now()));
    var person = WishListOwner.person(owner.userId(), "amzn1.ask.person.ANNA");
    var stranger = WishListOwner.account(owner.userId() + "-other");
    service.add(owner, ListName.DEFAULT, item("a"));
    service.add(owner, ListName.of("birthday", null), item("b"));
    service.add(person, ListName.DEFAULT, item("c"));
    service.add(stranger, ListName.DEFAULT, item("d"));

    new DynamoWishListRepository(table).deleteAllOf(owner.userId());

    assertEquals(List.of("PROFILE"), partition().stream().map(i -> i.get(DynamoTable.SK).getS()).toList());
    assertEquals(1, service.items(stranger, ListName.DEFAULT).size());
    assertEquals(List.of(), service.lists(owner));
    assertEquals(List.of(), service.lists(person));
    assertEquals(List.of(), service.items(owner, ListName.DEFAULT));
  }

  @Test
  void concurrent_adds_and_removes_end_with_exactly_the_expected_contents() throws Exception {
    var list = ListName.DEFAULT;
    // Products everyone removes at once: exactly one removal each wins.
    List<String> contested = List.of("gone-0", "gone-1", "gone-2", "gone-3", "gone-4");
    contested.forEach(id -> service.add(owner, list, item(id)));
    // Products everyone adds at once: exactly one add each wins.
    List<String> shared = IntStream.range(0, 10).mapToObj(i -> "shared-" + i).toList();
    var added = new ConcurrentHashMap<String, AtomicInteger>();
    var removed = new ConcurrentHashMap<String, AtomicInteger>();

    var tasks = new ArrayList<Callable<Integer>>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      tasks.add(() -> {
        // 25 operations per thread, 200 in all: 10 shared adds, 5 contested removes, and 6 adds and
        // 4 removes of the thread's own products, shuffled (an own product's add comes before its remove).
        var steps = new ArrayList<Runnable>();
        for (String id : shared) {
          steps.add(() -> {
            if (service.add(owner, list, item(id)) == AddOutcome.ADDED) {
              added.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            }
          });
        }
        for (String id : contested) {
          steps.add(() -> {
            if (service.remove(owner, list, id)) {
              removed.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
            }
          });
        }
        Collections.shuffle(steps, new Random(thread));
        int ops = steps.size();
        for (int k = 0; k < 6; k++) {
          String own = "own-" + thread + "-" + k;
          steps.add(steps.size() * k / 6, () -> service.add(owner, list, item(own)));
        }
        for (int k : new int[] {1, 3, 4, 5}) {
          steps.add(() -> assertTrue(service.remove(owner, list, "own-" + thread + "-" + k)));
        }
        for (Runnable step : steps) {
          step.run();
        }
        return ops + 10;
      });
    }
    assertEquals(200, runAll(tasks).stream().mapToInt(Integer::intValue).sum());

    var expected = new ArrayList<String>(shared);
    for (int t = 0; t < THREADS; t++) {
      expected.add("own-" + t + "-0");
      expected.add("own-" + t + "-2");
    }
    List<String> actual = productIds(list);
    assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
    assertEquals(actual.size(), storedCount(list));
    shared.forEach(id -> assertEquals(1, added.get(id).get(), id));
    contested.forEach(id -> assertEquals(1, removed.get(id).get(), id));
    for (int t = 0; t < THREADS; t++) {
      assertTrue(actual.indexOf("own-" + t + "-0") < actual.indexOf("own-" + t + "-2"), "order of thread " + t);
    }
  }

  @Test
  void parallel_adds_never_exceed_the_limit() throws Exception {
    var list = ListName.of("birthday", null);
    var tasks = new ArrayList<Callable<AddOutcome>>();
    for (int i = 0; i < 150; i++) {
      String id = "p" + i;
      tasks.add(() -> service.add(owner, list, item(id)));
    }

    List<AddOutcome> outcomes = runAll(tasks);

    assertEquals(100, outcomes.stream().filter(AddOutcome.ADDED::equals).count());
    assertEquals(50, outcomes.stream().filter(AddOutcome.LIST_FULL::equals).count());
    assertEquals(WishListService.MAX_ITEMS, service.items(owner, list).size());
    assertEquals(WishListService.MAX_ITEMS, storedCount(list));
  }

  @Test
  void parallel_clears_and_adds_keep_the_count_exact() throws Exception {
    var list = ListName.DEFAULT;
    IntStream.range(0, 60).forEach(i -> service.add(owner, list, item("old-" + i)));
    var tasks = new ArrayList<Callable<Integer>>();
    tasks.add(() -> service.clear(owner, list));
    tasks.add(() -> service.clear(owner, list));
    for (int i = 0; i < 20; i++) {
      String id = "new-" + i;
      tasks.add(() -> service.add(owner, list, item(id)) == AddOutcome.ADDED ? 1 : 0);
    }

    runAll(tasks);

    List<String> left = productIds(list);
    assertTrue(left.stream().allMatch(id -> id.startsWith("new-")), () -> left.toString());
    assertEquals(left.size(), storedCount(list));
  }
}
