package com.shoptalk.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.persistence.DynamoQuestionRepository;
import com.shoptalk.persistence.LocalDynamo;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuestionServiceTest {
  private static LocalDynamo dynamo;
  private static DynamoQuestionRepository repo;

  private Fixtures.MutableClock clock;
  private QuestionService service;
  private String user;

  @BeforeAll
  static void startDynamo() {
    dynamo = LocalDynamo.inMemory();
    repo = new DynamoQuestionRepository(dynamo.table("shoptalk"));
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
  void creates_a_question_that_can_be_found_by_its_token() {
    Question created = service.create(Fixtures.whichOne(user));

    Question found = service.find(created.token()).orElseThrow();
    assertEquals(created, found);
    assertEquals(clock.instant().plus(Duration.ofDays(3)), found.closesAt());
    assertEquals("Anna", found.askerName());
    assertEquals(3, found.options().size());
  }

  @Test
  void creating_again_under_the_same_key_a_turn_later_keeps_the_first_question() {
    String key = QuestionService.newCreationKey();
    Question first = service.create(Fixtures.whichOne(user), key);
    clock.advance(Duration.ofSeconds(20));

    Question again = service.create(Fixtures.whichOne(user), key);

    assertEquals(first, again);
    assertEquals(1, service.questions(user).size());
  }

  @Test
  void tokens_are_long_url_safe_and_different_every_time() {
    var tokens = new HashSet<String>();
    for (int i = 0; i < 20; i++) {
      String token = service.create(Fixtures.aboutOne(user)).token();
      assertTrue(token.matches("[A-Za-z0-9_-]{24}"), token);
      tokens.add(token);
    }
    assertEquals(20, tokens.size());
  }

  @Test
  void unknown_or_malformed_tokens_find_nothing() {
    assertTrue(service.find("A".repeat(24)).isEmpty());
    assertTrue(service.find("../../etc").isEmpty());
    assertThrows(QuestionNotFound.class, () -> service.tally("nope"));
  }

  @Test
  void a_vote_counts_for_its_option() {
    String token = service.create(Fixtures.whichOne(user)).token();

    assertEquals(VoteOutcome.COUNTED, service.vote(token, "voter-1", 1, "Ben", "The rocker!"));

    Tally tally = service.tally(token);
    assertEquals(List.of(0, 1, 0), tally.counts());
    assertEquals(1, tally.voters());
    assertEquals("The rocker!", tally.latest().get(0).comment());
    assertEquals("Ben", tally.latest().get(0).voterName());
  }

  @Test
  void changing_a_vote_moves_it_and_never_counts_twice() {
    String token = service.create(Fixtures.whichOne(user)).token();
    service.vote(token, "voter-1", 0, null, null);

    assertEquals(VoteOutcome.CHANGED, service.vote(token, "voter-1", 2, null, null));
    assertEquals(VoteOutcome.UNCHANGED, service.vote(token, "voter-1", 2, "Ben", "still this"));

    Tally tally = service.tally(token);
    assertEquals(List.of(0, 0, 1), tally.counts());
    assertEquals(1, tally.voters());
    assertEquals("still this", tally.latest().get(0).comment());
  }

  @Test
  void about_one_counts_buy_and_skip() {
    String token = service.create(Fixtures.aboutOne(user)).token();
    service.vote(token, "a", 0, null, null);
    service.vote(token, "b", 0, null, null);
    service.vote(token, "c", 1, null, null);

    Tally tally = service.tally(token);
    assertEquals(List.of(2, 1), tally.counts());
    assertEquals(0, tally.winnerIndex().getAsInt());
  }

  @Test
  void a_vote_for_an_option_the_question_lacks_is_invalid() {
    String token = service.create(Fixtures.aboutOne(user)).token();

    assertThrows(InvalidAnswer.class, () -> service.vote(token, "a", 2, null, null));
    assertThrows(InvalidAnswer.class, () -> service.vote(token, "a", -1, null, null));
    assertEquals(0, service.tally(token).voters());
  }

  @Test
  void comments_and_names_over_the_limit_are_invalid() {
    String token = service.create(Fixtures.aboutOne(user)).token();

    assertEquals("comment", assertThrows(InvalidAnswer.class,
        () -> service.vote(token, "a", 0, null, "x".repeat(501))).field());
    assertEquals("name", assertThrows(InvalidAnswer.class,
        () -> service.vote(token, "a", 0, "n".repeat(41), null)).field());
    assertTrue(service.answerOf(token, "a").isEmpty());
  }

  @Test
  void an_idea_with_a_link_is_kept() {
    String token = service.create(Fixtures.ideas(user)).token();

    service.addIdea(token, "voter-1", "Cleo", "A pottery class", "https://www.pottery.example/classes");

    Tally tally = service.tally(token);
    assertEquals(1, tally.voters());
    Answer idea = tally.latest().get(0);
    assertEquals("A pottery class", idea.ideaText());
    assertEquals("https://www.pottery.example/classes", idea.ideaLink());
  }

  @Test
  void ideas_need_text_and_an_http_link() {
    String token = service.create(Fixtures.ideas(user)).token();

    assertThrows(InvalidAnswer.class, () -> service.addIdea(token, "v", null, "  ", null));
    assertThrows(InvalidAnswer.class, () -> service.addIdea(token, "v", null, "Books", "javascript:alert(1)"));
    assertThrows(InvalidAnswer.class, () -> service.vote(token, "v", 0, null, null));
  }

  @Test
  void a_closed_question_refuses_votes_but_keeps_its_tally() {
    String token = service.create(Fixtures.aboutOne(user)).token();
    service.vote(token, "a", 0, null, null);

    service.close(user, token);

    assertThrows(QuestionClosed.class, () -> service.vote(token, "b", 1, null, null));
    assertEquals(List.of(1, 0), service.tally(token).counts());
    assertTrue(service.openQuestions(user).isEmpty());
  }

  @Test
  void an_expired_question_refuses_votes() {
    String token = service.create(Fixtures.aboutOne(user)).token();

    clock.advance(Duration.ofDays(3));

    var closed = assertThrows(QuestionClosed.class, () -> service.vote(token, "b", 1, null, null));
    assertFalse(closed.question().isOpen(clock.instant()));
  }

  @Test
  void only_the_owner_can_close_or_delete() {
    String token = service.create(Fixtures.aboutOne(user)).token();

    assertThrows(QuestionNotFound.class, () -> service.close("someone-else", token));
    assertThrows(QuestionNotFound.class, () -> service.delete("someone-else", token));
    assertTrue(service.find(token).orElseThrow().isOpen(clock.instant()));
  }

  @Test
  void deleting_removes_the_question_and_its_answers() {
    String token = service.create(Fixtures.aboutOne(user)).token();
    service.vote(token, "a", 0, null, "yes");

    service.delete(user, token);

    assertTrue(service.find(token).isEmpty());
    assertTrue(service.answerOf(token, "a").isEmpty());
    assertTrue(service.questions(user).isEmpty());
  }

  @Test
  void lists_a_users_questions_newest_first() {
    Question first = service.create(Fixtures.aboutOne(user));
    clock.advance(Duration.ofMinutes(1));
    Question second = service.create(Fixtures.ideas(user));
    clock.advance(Duration.ofDays(3));
    Question third = service.create(Fixtures.whichOne(user));

    assertEquals(List.of(third, second, first), service.questions(user));
    assertEquals(List.of(third), service.openQuestions(user));
  }

  @Test
  void counts_answers_since_the_last_visit() {
    Question chair = service.create(Fixtures.aboutOne(user));
    service.vote(chair.token(), "a", 0, null, null);
    Instant lastVisit = clock.instant();
    clock.advance(Duration.ofMinutes(5));
    service.vote(chair.token(), "b", 0, null, null);
    service.vote(chair.token(), "c", 1, null, null);

    assertEquals(2, service.answersSince(user, lastVisit));
    assertEquals(List.of(new QuestionNews(chair, 2)), service.news(user, lastVisit));
    assertEquals(1, service.tallies(user).size());
  }

  @Test
  void news_of_questions_listed_already_reads_them_in_that_order_and_skips_the_gone() {
    Question chair = service.create(Fixtures.aboutOne(user));
    clock.advance(Duration.ofMinutes(1));
    Question lamp = service.create(Fixtures.whichOne(user));
    Instant lastVisit = clock.instant();
    clock.advance(Duration.ofMinutes(5));
    service.vote(chair.token(), "a", 0, null, null);
    service.vote(lamp.token(), "b", 0, null, null);
    service.vote(lamp.token(), "c", 1, null, null);
    var owned = new OwnedQuestions(List.of(lamp.token(), "gone-meanwhile", chair.token()));

    assertEquals(List.of(new QuestionNews(lamp, 2), new QuestionNews(chair, 1)), service.news(owned, lastVisit));
    assertEquals(List.of(), service.news(owned, null), "no last visit, no news");
    assertEquals(List.of(), service.news(OwnedQuestions.none(), lastVisit));
  }

  @Test
  void a_deadline_sets_when_the_question_closes() {
    Instant tomorrowEvening = clock.instant().plus(Duration.ofHours(30));
    var q = Fixtures.aboutOne(user);
    Question created = service.create(new NewQuestion(q.ownerUserId(), null, null, q.kind(), null, q.options(), "de-DE", tomorrowEvening));

    assertEquals(tomorrowEvening, created.closesAt());
    assertNotEquals(null, service.find(created.token()).orElseThrow().closesAt());
  }

  @Test
  void recent_tallies_leave_out_questions_closed_over_a_week_ago_and_read_three_at_most() {
    service.create(Fixtures.aboutOne(user));
    clock.advance(Duration.ofDays(11));
    var recent = new java.util.ArrayList<String>();
    for (int i = 0; i < 4; i++) {
      clock.advance(Duration.ofSeconds(1));
      recent.add(0, service.create(Fixtures.ideas(user)).token());
    }

    assertEquals(recent.subList(0, 3), service.recentTallies(user).stream().map(t -> t.question().token()).toList());
  }

  @Test
  void closing_the_newest_open_question_gives_its_final_tally() {
    String older = service.create(Fixtures.aboutOne(user)).token();
    clock.advance(Duration.ofSeconds(1));
    String newer = service.create(Fixtures.aboutOne(user)).token();
    service.vote(newer, "a", 0, null, null);

    Tally closed = service.closeNewest(user).orElseThrow();

    assertEquals(newer, closed.question().token());
    assertEquals(List.of(1, 0), closed.counts());
    assertEquals(List.of(older), service.openQuestions(user).stream().map(Question::token).toList());
  }

  @Test
  void nothing_to_close_without_open_questions() {
    assertTrue(service.closeNewest(user).isEmpty());
  }
}
