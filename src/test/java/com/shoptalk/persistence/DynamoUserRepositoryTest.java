package com.shoptalk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.user.UserProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
