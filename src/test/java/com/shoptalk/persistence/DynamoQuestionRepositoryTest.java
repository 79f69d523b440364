package com.shoptalk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.shoptalk.question.Fixtures;
import com.shoptalk.question.Question;
import com.shoptalk.question.QuestionService;
import com.shoptalk.question.Tally;
import com.shoptalk.user.UserProfile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DynamoQuestionRepositoryTest {
  private static LocalDynamo dynamo;
  private static DynamoTable table;
  private static DynamoQuestionRepository repo;
  private static DynamoUserRepository users;

  private Fixtures.MutableClock clock;
  private QuestionService service;
  private String user;

  @BeforeAll
  static void startDynamo() {
    dynamo = LocalDynamo.inMemory();
    table = dynamo.table("shoptalk");
    repo = new DynamoQuestionRepository(table);
    users = new DynamoUserRepository(table);
  }

  @AfterAll
  static void stopDynamo() {
    dynamo.close();
  }

  @BeforeEach
  void setUp() {
    clock = Fixtures.MutableClock.now();
    service = new QuestionService(repo, clock);
    user = "amzn1.ask.account." + UUID.randomUUID();
  }

  @Test
  void two_hundred_simultaneous_votes_end_in_a_tally_of_exactly_two_hundred() throws Exception {
    String token = service.create(Fixtures.whichOne(user)).token();

    var tasks = new ArrayList<Callable<Object>>();
    for (int i = 0; i < 200; i++) {
      int voter = i;
      tasks.add(() -> service.vote(token, "voter-" + voter, voter % 3, null, null));
    }
    runAllAtOnce(tasks);

    Tally tally = service.tally(token);
    assertEquals(200, tally.votes());
    assertEquals(200, tally.voters());
    assertEquals(List.of(67, 67, 66), tally.counts());
    assertEquals(tally.counts(), countsFromAnswerItems(token, 3));
  }

  @Test
  void totals_stay_exact_when_voters_change_their_votes_at_the_same_time() throws Exception {
    String token = service.create(Fixtures.whichOne(user)).token();

    var tasks = new ArrayList<Callable<Object>>();
    for (int i = 0; i < 100; i++) {
      int voter = i;
      tasks.add(() -> service.vote(token, "voter-" + voter, 0, null, null));
      if (voter % 2 == 0) {
        // the same friend taps twice, on different options, at the same time
        tasks.add(() -> service.vote(token, "voter-" + voter, 1 + voter % 4 / 2, null, "changed my mind"));
      }
    }
    runAllAtOnce(tasks);

    Tally tally = service.tally(token);
    assertEquals(100, tally.votes());
    assertEquals(100, tally.voters());
    assertEquals(tally.counts(), countsFromAnswerItems(token, 3));
  }

  @Test
  void question_items_and_the_owners_reference_carry_the_ttl() {
    Question question = service.create(Fixtures.aboutOne(user));
    service.vote(question.token(), "voter-1", 0, null, null);

    long expected = question.closesAt().plus(Duration.ofDays(30)).getEpochSecond();
    List<Map<String, AttributeValue>> items = new ArrayList<>(partition(QuestionItems.questionKey(question.token())));
    items.addAll(partition(DynamoUserRepository.userKey(user)));
    assertEquals(3, items.size());
    for (var item : items) {
      assertEquals(Long.toString(expected), item.get(DynamoTable.TTL).getN(), item.get(DynamoTable.SK).getS());
    }
    assertTrue(partition(DynamoUserRepository.userKey(user)).get(0).get(DynamoTable.SK).getS()
        .equals("Q#" + java.time.format.DateTimeFormatter.ISO_INSTANT.format(question.createdAt()).replace("Z", ".000Z")
            + "#" + question.token()));
  }

  @Test
  void deleting_all_of_a_user_removes_their_questions_and_the_answers_only() {
    users.save(UserProfile.newUser(user));
    Question first = service.create(Fixtures.aboutOne(user));
    Question second = service.create(Fixtures.ideas(user));
    service.vote(first.token(), "voter-1", 0, "Ben", "go for it");
    service.addIdea(second.token(), "voter-2", null, "Concert tickets", null);
    String otherUser = user + "-other";
    Question someoneElses = service.create(Fixtures.aboutOne(otherUser));

    repo.deleteAllOf(user);

    assertTrue(partition(QuestionItems.questionKey(first.token())).isEmpty());
    assertTrue(partition(QuestionItems.questionKey(second.token())).isEmpty());
    assertEquals(List.of("PROFILE"), partition(DynamoUserRepository.userKey(user)).stream().map(Items::sk).toList());
    assertTrue(service.find(someoneElses.token()).isPresent());
  }

  private static void runAllAtOnce(List<Callable<Object>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      var start = new CountDownLatch(1);
      var futures = new ArrayList<Future<Object>>();
      for (var task : tasks) {
        futures.add(pool.submit(() -> {
          start.await();
          return task.call();
        }));
      }
      start.countDown();
      for (var future : futures) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Integer> countsFromAnswerItems(String token, int options) {
    var counts = new ArrayList<Integer>(java.util.Collections.nCopies(options, 0));
    for (var item : partition(QuestionItems.questionKey(token))) {
      if (item.get(DynamoTable.SK).getS().startsWith("A#")) {
        int option = Integer.parseInt(item.get("option").getN());
        counts.set(option, counts.get(option) + 1);
      }
    }
    return counts;
  }

  private static List<Map<String, AttributeValue>> partition(String pk) {
    return table.query(pk);
  }
}
