package com.shoptalk.persistence;

import com.amazonaws.AmazonWebServiceRequest;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.model.AttributeDefinition;
import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.amazonaws.services.dynamodbv2.model.BatchWriteItemRequest;
import com.amazonaws.services.dynamodbv2.model.BillingMode;
import com.amazonaws.services.dynamodbv2.model.CreateTableRequest;
import com.amazonaws.services.dynamodbv2.model.DeleteRequest;
import com.amazonaws.services.dynamodbv2.model.DescribeTableRequest;
import com.amazonaws.services.dynamodbv2.model.GetItemRequest;
import com.amazonaws.services.dynamodbv2.model.KeySchemaElement;
import com.amazonaws.services.dynamodbv2.model.KeyType;
import com.amazonaws.services.dynamodbv2.model.QueryRequest;
import com.amazonaws.services.dynamodbv2.model.QueryResult;
import com.amazonaws.services.dynamodbv2.model.ResourceInUseException;
import com.amazonaws.services.dynamodbv2.model.ResourceNotFoundException;
import com.amazonaws.services.dynamodbv2.model.ScalarAttributeType;
import com.amazonaws.services.dynamodbv2.model.TimeToLiveSpecification;
import com.amazonaws.services.dynamodbv2.model.UpdateTimeToLiveRequest;
import com.amazonaws.services.dynamodbv2.model.WriteRequest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The single ShopTalk table: a DynamoDB client and the table's name, plus the key layout every
 * repository shares.
 *
 * <p>Items are addressed by a string partition key {@value #PK} and a string sort key {@value #SK};
 * items that should disappear on their own carry an epoch-seconds attribute {@value #TTL}. The
 * reads and batch deletes every repository needs live here too: one paged query, one batch delete.
 */
public final class DynamoTable {
  /** Partition key attribute name. */
  public static final String PK = "pk";
  /** Sort key attribute name. */
  public static final String SK = "sk";
  /** Time-to-live attribute name (epoch seconds). */
  public static final String TTL = "expiresAt";
  /** Most writes in one batch request. */
  private static final int MAX_BATCH = 25;
  static final int SETUP_TIMEOUT_MILLIS = 30_000;

  private final AmazonDynamoDB client;
  private final AmazonDynamoDB unbounded;
  private final String name;

  /**
   * Wraps a client and a table name; both are checked up front so a misconfigured deployment fails
   * at start-up, not on a shopper's first request. Calls through {@link #client()} are bounded by
   * the turn's budget and fail with {@link com.shoptalk.storage.StorageUnavailableException} when
   * the store does not answer in time (build the client with {@link DynamoClients}).
   */
  public DynamoTable(AmazonDynamoDB client, String name) {
    this.unbounded = Objects.requireNonNull(client, "DynamoDB client");
    this.client = BoundedDynamo.wrap(client);
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("table name must be set (environment variable TABLE_NAME)");
    }
    this.name = name;
  }

  /**
   * This table for priming a function before a SnapStart snapshot: it reads the table but drops every write (each
   * answered as if done), so representative requests can run through the real code without leaving data behind.
   */
  public DynamoTable withoutWrites() {
    return new DynamoTable(new DryRunDynamo(client), name);
  }

  /**
   * Waits until the client is made, when it is made in the background ({@link DynamoClients#table}): a function's
   * start-up ends with it, so no shopper's request waits for it.
   *
   * @throws RuntimeException what making the client threw (a misconfigured region, say)
   */
  public DynamoTable awaitClient() {
    if (unbounded instanceof PendingDynamo pending) {
      pending.await();
    }
    return this;
  }

  /** The key of an item. */
  public static Map<String, AttributeValue> key(String pk, String sk) {
    return Map.of(PK, new AttributeValue(pk), SK, new AttributeValue(sk));
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
      client.describeTable(setUp(new DescribeTableRequest(name)));
      return this;
    } catch (ResourceNotFoundException missing) {
      // fall through and create it
    }
    try {
      client.createTable(setUp(new CreateTableRequest()
          .withTableName(name)
          .withBillingMode(BillingMode.PAY_PER_REQUEST)
          .withAttributeDefinitions(
              new AttributeDefinition(PK, ScalarAttributeType.S),
              new AttributeDefinition(SK, ScalarAttributeType.S))
          .withKeySchema(
              new KeySchemaElement(PK, KeyType.HASH),
              new KeySchemaElement(SK, KeyType.RANGE))));
      client.updateTimeToLive(setUp(new UpdateTimeToLiveRequest()
          .withTableName(name)
          .withTimeToLiveSpecification(
              new TimeToLiveSpecification().withAttributeName(TTL).withEnabled(true))));
    } catch (ResourceInUseException alreadyCreated) {
      // another thread created it first: fine
    }
    return this;
  }

  /** Setting up is no voice turn: a DynamoDB Local that just started may take seconds to answer. */
  private static <T extends AmazonWebServiceRequest> T setUp(T request) {
    request.setSdkRequestTimeout(SETUP_TIMEOUT_MILLIS);
    request.setSdkClientExecutionTimeout(SETUP_TIMEOUT_MILLIS);
    return request;
  }

  /** An item read consistently, or {@code null} when there is none. */
  public Map<String, AttributeValue> get(String pk, String sk) {
    return client.getItem(new GetItemRequest()
        .withTableName(name)
        .withKey(key(pk, sk))
        .withConsistentRead(true)).getItem();
  }

  /** All items of a partition in sort-key order, read consistently, page after page. */
  public List<Map<String, AttributeValue>> query(String pk) {
    return query(pk, null, true);
  }

  /**
   * The items of a partition whose sort key starts with {@code skPrefix}, read consistently, page
   * after page.
   *
   * @param skPrefix the sort-key prefix, or {@code null} for the whole partition
   * @param ascending sort-key order; {@code false} for descending (newest first for time-ordered keys)
   */
  public List<Map<String, AttributeValue>> query(String pk, String skPrefix, boolean ascending) {
    var names = new HashMap<String, String>(Map.of("#pk", PK));
    var values = new HashMap<String, AttributeValue>(Map.of(":pk", new AttributeValue(pk)));
    String condition = "#pk = :pk";
    if (skPrefix != null) {
      names.put("#sk", SK);
      values.put(":prefix", new AttributeValue(skPrefix));
      condition += " AND begins_with(#sk, :prefix)";
    }
    var items = new ArrayList<Map<String, AttributeValue>>();
    pages(new QueryRequest()
        .withTableName(name)
        .withKeyConditionExpression(condition)
        .withExpressionAttributeNames(names)
        .withExpressionAttributeValues(values)
        .withScanIndexForward(ascending)
        .withConsistentRead(true), items::add);
    return items;
  }

  /**
   * Runs a query page after page and hands each item to {@code sink} until it returns
   * {@code false}: the one paged loop of every repository.
   */
  public void pages(QueryRequest query, Predicate<Map<String, AttributeValue>> sink) {
    Map<String, AttributeValue> start = null;
    do {
      QueryResult page = client.query(query.withExclusiveStartKey(start));
      for (var item : page.getItems()) {
        if (!sink.test(item)) {
          return;
        }
      }
      start = page.getLastEvaluatedKey();
    } while (start != null && !start.isEmpty());
  }

  /**
   * Deletes items (only their keys are used) in batches of {@value #MAX_BATCH}, retrying what
   * DynamoDB hands back unprocessed. Deleting is idempotent, so a retried batch is harmless.
   */
  public void deleteAll(Collection<Map<String, AttributeValue>> items) {
    var requests = new ArrayList<WriteRequest>();
    for (var item : items) {
      requests.add(new WriteRequest(new DeleteRequest(Items.keyOf(item))));
    }
    for (int from = 0; from < requests.size(); from += MAX_BATCH) {
      List<WriteRequest> chunk = new ArrayList<>(requests.subList(from, Math.min(requests.size(), from + MAX_BATCH)));
      var attempts = Attempts.to("delete " + chunk.size() + " items");
      while (true) {
        var result = client.batchWriteItem(new BatchWriteItemRequest(Map.of(name, chunk)));
        chunk = new ArrayList<>(result.getUnprocessedItems().getOrDefault(name, List.of()));
        if (chunk.isEmpty()) {
          break;
        }
        attempts.failed(null);
      }
    }
  }
}
