package com.shoptalk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.shoptalk.user.Arrival;
import com.shoptalk.user.UserProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** User profiles in DynamoDB Local. */
class DynamoUserRepositoryTest {

  @Test
  void saves_and_reads_a_profile() {
    try (var dynamo = LocalDynamo.inMemory()) {
      var users = new DynamoUserRepository(dynamo.table("users-test"));
      var visit = Instant.parse("2026-11-20T18:00:00Z");

      users.save(UserProfile.newUser("u1").withLastVisit(visit).withLastSearch("rugs"));

      assertEquals(new UserProfile("u1", visit, "rugs"), users.find("u1").orElseThrow());
      assertTrue(users.find("someone-else").isEmpty());
    }
  }

  @Test
  void the_last_search_keeps_the_language_it_was_said_in_and_a_visit_does_not_erase_it() {
    try (var dynamo = LocalDynamo.inMemory()) {
      var users = new DynamoUserRepository(dynamo.table("users-test"));
      var visit = Instant.parse("2026-11-20T18:00:00Z");

      users.save(UserProfile.newUser("u1").withLastSearch("teppiche", "de-DE"));
      users.save(UserProfile.newUser("u1").withLastVisit(visit));

      UserProfile read = users.arrival("u1").previous();
      assertEquals(new UserProfile("u1", visit, "teppiche", "de-DE"), read);
      assertEquals(java.util.Optional.of("teppiche"), read.lastSearchIn("de-DE"));
      assertTrue(read.lastSearchIn("en-US").isEmpty());
      // remembered before the language was: offered in either
      users.save(UserProfile.newUser("u2").withLastSearch("rugs"));
      assertEquals(java.util.Optional.of("rugs"), users.find("u2").orElseThrow().lastSearchIn("de-DE"));
    }
  }

  @Test
  void the_arrival_is_the_profile_and_the_question_references_newest_first_in_one_query() {
    try (var dynamo = LocalDynamo.inMemory()) {
      var calls = new ArrayList<String>();
      var table = dynamo.table("users-test");
      var users = new DynamoUserRepository(new DynamoTable(CallNames.noting(dynamo.client(), calls), "users-test"));
      var visit = Instant.parse("2026-11-20T18:00:00Z");
      users.save(UserProfile.newUser("u1").withLastVisit(visit).withLastSearch("rugs"));
      // everything else the partition holds, on both sides of the range and next to its ends
      for (String sk : List.of("LSHARE#ACCOUNT#default#tok", "PROFILD", "PROFILE#x", "Q!", "Q$", "QUOTA", "WL#ACCOUNT#default#I#0000000001",
          "WLMETA#ACCOUNT#default")) {
        put(table, "u1", sk, Map.of());
      }
      put(table, "u1", "Q#2026-11-01T10:00:00.000Z#older", ref("older"));
      put(table, "u1", "Q#2026-11-19T10:00:00.000Z#newer", ref("newer"));
      put(table, "u2", "Q#2026-11-19T10:00:00.000Z#theirs", ref("theirs"));
      calls.clear();

      Arrival arrival = users.arrival("u1");

      assertEquals(new UserProfile("u1", visit, "rugs"), arrival.previous());
      assertEquals(List.of("newer", "older"), arrival.questions().tokens());
      assertEquals(List.of("query"), calls);
    }
  }

  @Test
  void a_first_arrival_is_a_new_profile_even_with_questions() {
    try (var dynamo = LocalDynamo.inMemory()) {
      var table = dynamo.table("users-test");
      put(table, "u3", "Q#2026-11-19T10:00:00.000Z#first", ref("first"));

      Arrival arrival = new DynamoUserRepository(table).arrival("u3");

      assertTrue(arrival.previous().isFirstVisit());
      assertEquals(List.of("first"), arrival.questions().tokens());
      assertEquals(List.of(), new DynamoUserRepository(table).arrival("nobody").questions().tokens());
    }
  }

  private static Map<String, AttributeValue> ref(String token) {
    return Map.of("type", Items.s(QuestionItems.REF_TYPE), "token", Items.s(token));
  }

  private static void put(DynamoTable table, String userId, String sk, Map<String, AttributeValue> attributes) {
    var item = new HashMap<>(attributes);
    item.putAll(DynamoTable.key(DynamoUserRepository.userKey(userId), sk));
    table.client().putItem(table.name(), item);
  }

  @Test
  void data_in_a_folder_survives_a_restart(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
    try (var dynamo = LocalDynamo.inFolder(folder)) {
      new DynamoUserRepository(dynamo.table("users-test")).save(UserProfile.newUser("u1").withLastSearch("candles"));
    }
    assertTrue(Files.list(folder).findAny().isPresent(), "database file written");

    try (var dynamo = LocalDynamo.inFolder(folder)) {
      assertEquals("candles", new DynamoUserRepository(dynamo.table("users-test")).find("u1").orElseThrow().lastSearch());
    }
  }

  @Test
  void deleting_all_of_a_user_removes_their_profile_only() {
    try (var dynamo = LocalDynamo.inMemory()) {
      var users = new DynamoUserRepository(dynamo.table("users-test"));
      users.save(UserProfile.newUser("u1").withLastSearch("lamps"));
      users.save(UserProfile.newUser("u2").withLastSearch("rugs"));

      users.deleteAllOf("u1");

      assertTrue(users.find("u1").isEmpty());
      assertEquals("rugs", users.find("u2").orElseThrow().lastSearch());
    }
  }
}
