package com.shoptalk.persistence;

import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.amazonaws.services.dynamodbv2.model.ReturnValue;
import com.amazonaws.services.dynamodbv2.model.UpdateItemRequest;
import com.shoptalk.ratelimit.RateLimiter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

/**
 * A fixed-window rate limit kept in DynamoDB, so that it holds across Lambda containers: one
 * atomic counter item {@code RATE#<client hash>#<minute>} per client and minute, which TTL removes.
 * Client addresses are stored only as a truncated SHA-256 hash.
 */
public final class DynamoRateLimiter implements RateLimiter {
  private static final long WINDOW_MILLIS = 60_000;

  private final DynamoTable table;
  private final Clock clock;
  private final int perMinute;

  /** A limit of {@code perMinute} requests per client and clock minute. */
  public DynamoRateLimiter(DynamoTable table, Clock clock, int perMinute) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("perMinute must be positive: " + perMinute);
    }
    this.table = table;
    this.clock = clock;
    this.perMinute = perMinute;
  }

  @Override
  public Decision hit(String client) {
    long now = clock.millis();
    long window = now / WINDOW_MILLIS;
    var result = table.client().updateItem(new UpdateItemRequest()
        .withTableName(table.name())
        .withKey(Map.of(
            DynamoTable.PK, new AttributeValue("RATE#" + hash(client) + "#" + window),
            DynamoTable.SK, new AttributeValue("RATE")))
        .withUpdateExpression("ADD #hits :one SET #ttl = :ttl")
        .withExpressionAttributeNames(Map.of("#hits", "hits", "#ttl", DynamoTable.TTL))
        .withExpressionAttributeValues(Map.of(
            ":one", new AttributeValue().withN("1"),
            ":ttl", new AttributeValue().withN(Long.toString((window + 2) * WINDOW_MILLIS / 1000))))
        .withReturnValues(ReturnValue.UPDATED_NEW));
    long hits = Long.parseLong(result.getAttributes().get("hits").getN());
    if (hits <= perMinute) {
      return Decision.ALLOWED;
    }
    long waitMillis = (window + 1) * WINDOW_MILLIS - now;
    return new Decision(false, Duration.ofSeconds(Math.max(1, (waitMillis + 999) / 1000)));
  }

  private static String hash(String client) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(client).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing", e);
    }
  }
}
