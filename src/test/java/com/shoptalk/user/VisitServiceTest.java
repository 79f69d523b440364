package com.shoptalk.user;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.persistence.DynamoUserRepository;
import com.shoptalk.persistence.LocalDynamo;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shopper's visits against DynamoDB Local. */
class VisitServiceTest {
  private static final Instant NOW = Instant.parse("2026-11-20T18:00:00Z");
  private static LocalDynamo dynamo;
  private static VisitService visits;
  private final String user = "amzn1.ask.account." + UUID.randomUUID();

  @BeforeAll
  static void start() {
    dynamo = LocalDynamo.inMemory();
    visits = new VisitService(new DynamoUserRepository(dynamo.table("visits-test")), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterAll
  static void stop() {
    dynamo.close();
  }

  @Test
  void a_first_visit_knows_nothing() {
    assertTrue(visits.previous(user).isFirstVisit());
  }

  @Test
  void remembers_the_visit_and_the_search_apart() {
    visits.rememberSearch(user, "rugs");
    visits.recordVisit(user);

    assertEquals(new UserProfile(user, NOW, "rugs"), visits.previous(user));
  }

  @Test
  void arriving_reads_the_profile_as_before_this_visit() {
    assertTrue(visits.arrive(user).previous().isFirstVisit());
    assertEquals(List.of(), visits.arrive(user).questions().tokens());

    visits.rememberSearch(user, "rugs");
    visits.recordVisit(user);

    assertEquals(new UserProfile(user, NOW, "rugs"), visits.arrive(user).previous());
  }

  @Test
  void a_blank_search_is_not_remembered() {
    visits.rememberSearch(user, "  ");

    assertNull(visits.previous(user).lastSearch());
  }
}
