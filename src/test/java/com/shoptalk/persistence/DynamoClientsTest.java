package com.shoptalk.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.shoptalk.testing.DynamoDbLocalServer;
import com.shoptalk.user.UserProfile;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The functions' table as {@link DynamoClients#table} wires it, against DynamoDB Local as a server. */
class DynamoClientsTest {
  private static DynamoDbLocalServer dynamo;

  @BeforeAll
  static void start() {
    dynamo = DynamoDbLocalServer.start();
  }

  @AfterAll
  static void stop() {
    dynamo.close();
  }

  @Test
  void a_local_table_is_created_when_the_first_call_finds_it_missing() {
    DynamoTable table = DynamoClients.table("made-on-first-call", Map.of("DYNAMODB_ENDPOINT", dynamo.endpoint()))
        .awaitClient();
    var users = new DynamoUserRepository(table);

    users.save(UserProfile.newUser("u1").withLastSearch("rugs"));

    assertEquals("rugs", users.find("u1").orElseThrow().lastSearch());
  }

  @Test
  void a_missing_local_table_reads_as_empty_after_it_is_created() {
    DynamoTable table = DynamoClients.table("read-first", Map.of("DYNAMODB_ENDPOINT", dynamo.endpoint()));

    assertTrue(new DynamoUserRepository(table).find("nobody").isEmpty());
  }

  @Test
  void a_client_that_cannot_be_made_fails_start_up_with_its_reason() {
    DynamoTable table = DynamoClients.table("anything", Map.of("DYNAMODB_ENDPOINT", "not a url at all"));

    assertThrows(IllegalArgumentException.class, table::awaitClient);
  }
}
