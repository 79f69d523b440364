package com.shoptalk.persistence;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.Request;
import com.amazonaws.services.dynamodbv2.model.GetItemRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What a function's start-up does ahead for the DynamoDB client ({@link ClientPreparation}). */
class ClientPreparationTest {
  @Test
  void the_steps_run_without_a_client_and_without_the_network() {
    assertDoesNotThrow(ClientPreparation::tls);
    assertDoesNotThrow(ClientPreparation::clientClass);
    assertDoesNotThrow(ClientPreparation::endpoints);
  }

  @Test
  void the_request_it_signs_is_a_get_item_signed_as_the_client_signs_for_dynamodb_in_the_region() throws Exception {
    Request<GetItemRequest> request = ClientPreparation.signedRequest("eu-central-1");

    assertEquals("DynamoDB_20120810.GetItem", request.getHeaders().get("X-Amz-Target"));
    assertTrue(request.getHeaders().get("Content-Type").startsWith("application/x-amz-json-1.0"),
        request.getHeaders().toString());
    String authorization = request.getHeaders().get("Authorization");
    assertTrue(authorization.startsWith("AWS4-HMAC-SHA256 Credential=start-up/"), authorization);
    assertTrue(authorization.contains("/eu-central-1/dynamodb/aws4_request"), authorization);
    request.getContent().reset();
    String body = new String(request.getContent().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(body.contains("\"TableName\":\"start-up\""), body);
  }

  @Test
  void the_answer_it_reads_is_read_as_the_client_reads_a_get_item() {
    var result = ClientPreparation.answerRead(ClientPreparation.signedRequest("us-east-1"));

    assertEquals("start-up", result.getItem().get("pk").getS());
    assertEquals("1", result.getItem().get("n").getN());
  }

  @Test
  void a_thread_waiting_for_the_client_stops_preparing_once_it_is_made() {
    AtomicInteger asked = new AtomicInteger();

    ClientPreparation.forRegion("us-east-1").whileWaiting(() -> asked.incrementAndGet() > 0);

    assertEquals(1, asked.get());
  }

  @Test
  void a_client_made_with_its_preparation_works_and_a_failing_preparation_is_left_to_the_sdk() {
    ClientPreparation preparation = ClientPreparation.forRegion("not a region");

    assertDoesNotThrow(preparation::beforeClient);
    assertDoesNotThrow(() -> preparation.whileWaiting(() -> false));
    assertDoesNotThrow(() -> preparation.whileWaiting(() -> false)); // each step once: nothing left the second time
  }
}
