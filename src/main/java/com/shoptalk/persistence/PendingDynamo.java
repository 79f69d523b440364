package com.shoptalk.persistence;

import com.amazonaws.AmazonWebServiceRequest;
import com.amazonaws.services.dynamodbv2.AbstractAmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.model.BatchGetItemRequest;
import com.amazonaws.services.dynamodbv2.model.BatchGetItemResult;
import com.amazonaws.services.dynamodbv2.model.BatchWriteItemRequest;
import com.amazonaws.services.dynamodbv2.model.BatchWriteItemResult;
import com.amazonaws.services.dynamodbv2.model.CreateTableRequest;
import com.amazonaws.services.dynamodbv2.model.CreateTableResult;
import com.amazonaws.services.dynamodbv2.model.DeleteItemRequest;
import com.amazonaws.services.dynamodbv2.model.DeleteItemResult;
import com.amazonaws.services.dynamodbv2.model.DescribeTableRequest;
import com.amazonaws.services.dynamodbv2.model.DescribeTableResult;
import com.amazonaws.services.dynamodbv2.model.GetItemRequest;
import com.amazonaws.services.dynamodbv2.model.GetItemResult;
import com.amazonaws.services.dynamodbv2.model.PutItemRequest;
import com.amazonaws.services.dynamodbv2.model.PutItemResult;
import com.amazonaws.services.dynamodbv2.model.QueryRequest;
import com.amazonaws.services.dynamodbv2.model.QueryResult;
import com.amazonaws.services.dynamodbv2.model.ResourceNotFoundException;
import com.amazonaws.services.dynamodbv2.model.TransactWriteItemsRequest;
import com.amazonaws.services.dynamodbv2.model.TransactWriteItemsResult;
import com.amazonaws.services.dynamodbv2.model.UpdateItemRequest;
import com.amazonaws.services.dynamodbv2.model.UpdateItemResult;
import com.amazonaws.services.dynamodbv2.model.UpdateTimeToLiveRequest;
import com.amazonaws.services.dynamodbv2.model.UpdateTimeToLiveResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A DynamoDB client made on a thread of its own, so that a function's start-up wires everything else meanwhile (the
 * SDK's client is a good part of a cold start: credential and region lookup, endpoint metadata, the HTTP client with
 * its TLS set-up, JMX). Calls wait until it is made; {@link #await} too.
 *
 * <p>Against a DynamoDB at an endpoint of one's own (DynamoDB Local) it can create the table when a call finds it
 * missing and repeat the call: nothing is asked of DynamoDB at start-up, as in AWS, where the template creates it.
 * There the first call, and a call repeated after making the table, may take as long as setting up a table may.
 */
final class PendingDynamo extends AbstractAmazonDynamoDB {
  private final CompletableFuture<AmazonDynamoDB> client = new CompletableFuture<>();
  private final String createWhenMissing;
  private final AtomicBoolean firstLocalCall;
  private final ClientPreparation preparation;

  private PendingDynamo(String createWhenMissing, ClientPreparation preparation) {
    this.createWhenMissing = createWhenMissing;
    this.preparation = preparation;
    this.firstLocalCall = new AtomicBoolean(createWhenMissing != null);
  }

  /**
   * Starts making a client.
   *
   * @param make makes the client (on a daemon thread)
   * @param createWhenMissing the table to create when a call finds it missing, or {@code null} (in AWS)
   * @param preparation what making the client and its first call need that needs no client: its thread does the
   *     first part before it makes the client, a thread waiting for it ({@link #await}) the rest meanwhile
   */
  static PendingDynamo start(Supplier<AmazonDynamoDB> make, String createWhenMissing, ClientPreparation preparation) {
    PendingDynamo pending = new PendingDynamo(createWhenMissing, preparation);
    Thread maker = new Thread(() -> {
      try {
        preparation.beforeClient();
        pending.client.complete(make.get());
      } catch (RuntimeException | Error e) {
        pending.client.completeExceptionally(e);
      }
    }, "dynamodb-client");
    maker.setDaemon(true);
    maker.start();
    return pending;
  }

  /**
   * Waits until the client is made; meanwhile, the first time, does what its first call would (its {@link
   * ClientPreparation}).
   *
   * @throws RuntimeException what making it threw (a misconfigured region or credentials)
   */
  AmazonDynamoDB await() {
    if (!client.isDone()) {
      preparation.whileWaiting(client::isDone);
    }
    try {
      return client.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private <Q extends AmazonWebServiceRequest, R> R call(Q request, Function<Q, R> operation) {
    AmazonDynamoDB made = await();
    if (firstLocalCall.getAndSet(false)) {
      settingUp(request);
    }
    try {
      return operation.apply(request);
    } catch (ResourceNotFoundException missing) {
      if (createWhenMissing == null) {
        throw missing;
      }
      new DynamoTable(made, createWhenMissing).createIfMissing();
      return operation.apply(settingUp(request));
    }
  }

  /** Setting up is no voice turn: a DynamoDB Local that just started, or just made a table, may take seconds. */
  private static <Q extends AmazonWebServiceRequest> Q settingUp(Q request) {
    request.setSdkClientExecutionTimeout(DynamoTable.SETUP_TIMEOUT_MILLIS);
    request.setSdkRequestTimeout(DynamoTable.SETUP_TIMEOUT_MILLIS);
    return request;
  }

  @Override
  public GetItemResult getItem(GetItemRequest request) {
    return call(request, r -> await().getItem(r));
  }

  @Override
  public PutItemResult putItem(PutItemRequest request) {
    return call(request, r -> await().putItem(r));
  }

  @Override
  public UpdateItemResult updateItem(UpdateItemRequest request) {
    return call(request, r -> await().updateItem(r));
  }

  @Override
  public DeleteItemResult deleteItem(DeleteItemRequest request) {
    return call(request, r -> await().deleteItem(r));
  }

  @Override
  public QueryResult query(QueryRequest request) {
    return call(request, r -> await().query(r));
  }

  @Override
  public BatchGetItemResult batchGetItem(BatchGetItemRequest request) {
    return call(request, r -> await().batchGetItem(r));
  }

  @Override
  public BatchWriteItemResult batchWriteItem(BatchWriteItemRequest request) {
    return call(request, r -> await().batchWriteItem(r));
  }

  @Override
  public TransactWriteItemsResult transactWriteItems(TransactWriteItemsRequest request) {
    return call(request, r -> await().transactWriteItems(r));
  }

  @Override
  public DescribeTableResult describeTable(DescribeTableRequest request) {
    return await().describeTable(request);
  }

  @Override
  public DescribeTableResult describeTable(String tableName) {
    return describeTable(new DescribeTableRequest(tableName));
  }

  @Override
  public CreateTableResult createTable(CreateTableRequest request) {
    return await().createTable(request);
  }

  @Override
  public UpdateTimeToLiveResult updateTimeToLive(UpdateTimeToLiveRequest request) {
    return await().updateTimeToLive(request);
  }

  @Override
  public void shutdown() {
    await().shutdown();
  }
}
