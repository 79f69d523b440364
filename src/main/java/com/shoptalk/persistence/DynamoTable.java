package com.shoptalk.persistence;

import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.model.AttributeDefinition;
import com.amazonaws.services.dynamodbv2.model.BillingMode;
import com.amazonaws.services.dynamodbv2.model.CreateTableRequest;
import com.amazonaws.services.dynamodbv2.model.KeySchemaElement;
import com.amazonaws.services.dynamodbv2.model.KeyType;
import com.amazonaws.services.dynamodbv2.model.ResourceInUseException;
import com.amazonaws.services.dynamodbv2.model.ResourceNotFoundException;
import com.amazonaws.services.dynamodbv2.model.ScalarAttributeType;
import com.amazonaws.services.dynamodbv2.model.TimeToLiveSpecification;
import com.amazonaws.services.dynamodbv2.model.UpdateTimeToLiveRequest;
import java.util.Objects;

/**
 * The single ShopTalk table: a DynamoDB client and the table's name, plus the key layout every
 * repository shares.
 *
 * <p>Items are addressed by a string partition key {@value #PK} and a string sort key {@value #SK};
 * items that should disappear on their own carry an epoch-seconds attribute {@value #TTL}.
 */
public final class DynamoTable {
  /** Partition key attribute name. */
  public static final String PK = "pk";
  /** Sort key attribute name. */
  public static final String SK = "sk";
  /** Time-to-live attribute name (epoch seconds). */
  public static final String TTL = "expiresAt";

  private final AmazonDynamoDB client;
  private final String name;

  /**
   * Wraps a client and a table name; both are checked up front so a misconfigured deployment fails
   * at start-up, not on a shopper's first request.
   */
  public DynamoTable(AmazonDynamoDB client, String name) {
    this.client = Objects.requireNonNull(client, "DynamoDB client");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("table name must be set (environment variable TABLE_NAME)");
    }
    this.name = name;
  }

  /** The key of an item. */
  public static java.util.Map<String, com.amazonaws.services.dynamodbv2.model.AttributeValue> key(String pk, String sk) {
    return java.util.Map.of(PK, new com.amazonaws.services.dynamodbv2.model.AttributeValue(pk),
        SK, new com.amazonaws.services.dynamodbv2.model.AttributeValue(sk));
  }

  /**
   * Waits a random time up to {@code ceilingMillis} before a retry, so that writers that collided
   * do not collide again.
   *
   * @throws IllegalStateException when interrupted
   */
  static void backOff(long ceilingMillis) {
    try {
      Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, Math.max(2, ceilingMillis + 1)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry a DynamoDB write", e);
    }
  }

  public AmazonDynamoDB client() {
    return client;
  }

  public String name() {
    return name;
  }

  /**
   * Creates the table (on demand, with TTL) unless it exists; used against DynamoDB Local only —
   * in AWS the SAM template owns the table.
   */
  public DynamoTable createIfMissing() {
    try {
      client.describeTable(name);
      return this;
    } catch (ResourceNotFoundException missing) {
      // fall through and create it
    }
    try {
      client.createTable(new CreateTableRequest()
          .withTableName(name)
          .withBillingMode(BillingMode.PAY_PER_REQUEST)
          .withAttributeDefinitions(
              new AttributeDefinition(PK, ScalarAttributeType.S),
              new AttributeDefinition(SK, ScalarAttributeType.S))
          .withKeySchema(
              new KeySchemaElement(PK, KeyType.HASH),
              new KeySchemaElement(SK, KeyType.RANGE)));
      client.updateTimeToLive(new UpdateTimeToLiveRequest()
          .withTableName(name)
          .withTimeToLiveSpecification(
              new TimeToLiveSpecification().withAttributeName(TTL).withEnabled(true)));
    } catch (ResourceInUseException alreadyCreated) {
      // another thread created it first: fine
    }
    return this;
  }
}
