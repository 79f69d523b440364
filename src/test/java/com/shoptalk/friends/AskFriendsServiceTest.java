package com.shoptalk.friends;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.catalog.Catalogs;
import com.shoptalk.mail.MailException;
import com.shoptalk.mail.Mailer;
import com.shoptalk.mail.OutboxMailer;
import com.shoptalk.persistence.DynamoQuestionRepository;
import com.shoptalk.persistence.LocalDynamo;
import com.shoptalk.question.Fixtures;
import com.shoptalk.question.QuestionKind;
import com.shoptalk.question.QuestionService;
import com.shoptalk.search.SearchOutcome;
import com.shoptalk.search.SearchService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drafting a question and delivering its link, on the demo catalog and DynamoDB Local. */
class AskFriendsServiceTest {
  private static final Locale EN = Locale.forLanguageTag("en-US");
  private static final SearchService SEARCHES = new SearchService(Catalogs.load(Map.of()));
  private static final List<String> RUGS = ((SearchOutcome.Found) SEARCHES.search(EN, "rugs")).productIds();
  private static LocalDynamo dynamo;
  private static QuestionService questions;
  private final Fixtures.MutableClock clock = Fixtures.MutableClock.now();
  private final String user = "amzn1.ask.account." + UUID.randomUUID();

  @TempDir
  Path dataDir;

  @BeforeAll
  static void start() {
    dynamo = LocalDynamo.inMemory();
    questions = new QuestionService(new DynamoQuestionRepository(dynamo.table("asking-test")), Fixtures.MutableClock.now());
  }

  @AfterAll
  static void stop() {
    dynamo.close();
  }

  private AskFriendsService asking(Optional<Mailer> mailer) {
    return new AskFriendsService(questions, SEARCHES, mailer, "https://friends.example", clock);
  }

  private Asking yes(Draft draft, Optional<String> email) {
    return new Asking(user, null, Optional.of("Anna"), draft.kind(), draft.productIds(), draft.topic(), EN,
        draft.closesAt().orElse(null), email);
  }

  @Test
  void which_one_takes_the_first_four_different_products() {
    var ids = List.of(RUGS.get(0), RUGS.get(0), RUGS.get(1), RUGS.get(2), RUGS.get(3), RUGS.get(4));

    Draft draft = asking(Optional.empty()).draft(QuestionKind.WHICH_ONE, EN, ids, null, Optional.empty()).orElseThrow();

    assertEquals(RUGS.subList(0, 4), draft.productIds());
  }

  @Test
  void which_one_needs_two_different_products() {
    var draft = asking(Optional.empty()).draft(QuestionKind.WHICH_ONE, EN, List.of(RUGS.get(0), RUGS.get(0)), null, Optional.empty());

    assertTrue(draft.isEmpty());
  }

  @Test
  void ideas_need_a_topic_cut_to_a_speakable_length() {
    var service = asking(Optional.empty());

    assertTrue(service.draft(QuestionKind.IDEAS, EN, List.of(), "  ", Optional.empty()).isEmpty());
    assertEquals(AskFriendsService.MAX_TOPIC,
        service.draft(QuestionKind.IDEAS, EN, List.of(), "x".repeat(400), Optional.empty()).orElseThrow().topic().length());
  }

  @Test
  void a_deadline_that_has_passed_gives_three_days() {
    Instant yesterday = clock.instant().minus(Duration.ofDays(1));

    Draft draft = asking(Optional.empty()).draft(QuestionKind.ABOUT_ONE, EN, RUGS, null, Optional.of(yesterday)).orElseThrow();

    assertEquals(Optional.empty(), draft.closesAt());
    assertTrue(draft.saidDeadlinePassed());
  }

  @Test
  void a_future_deadline_is_kept() {
    Instant tomorrow = clock.instant().plus(Duration.ofDays(1));

    Draft draft = asking(Optional.empty()).draft(QuestionKind.ABOUT_ONE, EN, RUGS, null, Optional.of(tomorrow)).orElseThrow();

    assertEquals(Optional.of(tomorrow), draft.closesAt());
    assertFalse(draft.saidDeadlinePassed());
  }

  @Test
  void the_link_is_e_mailed_when_the_shopper_allowed_it() throws Exception {
    var service = asking(Optional.of(new OutboxMailer(dataDir, "ShopTalk <noreply@shoptalk.example>")));
    Draft draft = service.draft(QuestionKind.ABOUT_ONE, EN, RUGS, null, Optional.empty()).orElseThrow();

    Asked asked = service.ask(yes(draft, Optional.of("anna@example.com")));

    assertEquals(Asked.Delivery.EMAILED, asked.delivery());
    assertEquals("https://friends.example/q/" + asked.question().token(), asked.link());
    assertEquals("Should I buy the " + draft.names().get(0) + "?", asked.text());
    try (var files = Files.list(dataDir)) {
      assertEquals(1, files.count());
    }
  }

  @Test
  void a_failed_e_mail_is_told_apart() {
    Mailer broken = email -> {
      throw new MailException("could not send", null);
    };
    var service = asking(Optional.of(broken));
    Draft draft = service.draft(QuestionKind.ABOUT_ONE, EN, RUGS, null, Optional.empty()).orElseThrow();

    assertEquals(Asked.Delivery.EMAIL_FAILED, service.ask(yes(draft, Optional.of("anna@example.com"))).delivery());
  }

  @Test
  void e_mail_is_offered_once_on_the_first_question_without_it() {
    var service = asking(Optional.empty());
    Draft draft = service.draft(QuestionKind.ABOUT_ONE, EN, RUGS, null, Optional.empty()).orElseThrow();

    assertEquals(Asked.Delivery.CARD_OFFER_EMAIL, service.ask(yes(draft, Optional.empty())).delivery());
    assertEquals(Asked.Delivery.CARD, service.ask(yes(draft, Optional.empty())).delivery());
  }
}
