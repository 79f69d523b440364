package com.shoptalk.persistence;

import com.amazonaws.AmazonClientException;
import com.amazonaws.AmazonServiceException;
import com.amazonaws.AmazonWebServiceRequest;
import com.amazonaws.retry.RetryUtils;
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
import com.amazonaws.services.dynamodbv2.model.TransactWriteItemsRequest;
import com.amazonaws.services.dynamodbv2.model.TransactWriteItemsResult;
import com.amazonaws.services.dynamodbv2.model.UpdateItemRequest;
import com.amazonaws.services.dynamodbv2.model.UpdateItemResult;
import com.amazonaws.services.dynamodbv2.model.UpdateTimeToLiveRequest;
import com.amazonaws.services.dynamodbv2.model.UpdateTimeToLiveResult;
import com.shoptalk.monitoring.RequestLog;
import com.shoptalk.storage.StorageUnavailableException;
import com.shoptalk.storage.TurnBudget;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * The DynamoDB client as the repositories see it: bounded by the turn's {@link TurnBudget}, with
 * failures of the store turned into {@link StorageUnavailableException}.
 *
 * <p>A call made when the turn's time is spent fails at once; otherwise its timeout (with all the
 * SDK's retries) is at most what the turn has left. Throttling, server errors, timeouts and lost
 * connections that outlast the SDK's retries become {@link StorageUnavailableException}; answers
 * the repositories act on (a failed condition, a cancelled transaction) pass through unchanged.
 */
final class BoundedDynamo extends AbstractAmazonDynamoDB {
  /** Errors with HTTP status 400 that mean "the store is busy", not "the request is wrong". */
  private static final Set<String> BUSY_CODES = Set.of("TransactionInProgressException", "RequestLimitExceeded");

  private final AmazonDynamoDB client;

  private BoundedDynamo(AmazonDynamoDB client) {
    this.client = client;
  }

  /** {@code client}, bounded (once). */
  static AmazonDynamoDB wrap(AmazonDynamoDB client) {
    return client instanceof BoundedDynamo ? client : new BoundedDynamo(client);
  }

  @Override
  public GetItemResult getItem(GetItemRequest request) {
    return call(request, client::getItem);
  }

  @Override
  public PutItemResult putItem(PutItemRequest request) {
    return call(request, client::putItem);
  }

  @Override
  public UpdateItemResult updateItem(UpdateItemRequest request) {
    return call(request, client::updateItem);
  }

  @Override
  public DeleteItemResult deleteItem(DeleteItemRequest request) {
    return call(request, client::deleteItem);
  }

  @Override
  public QueryResult query(QueryRequest request) {
    return call(request, client::query);
  }

  @Override
  public BatchGetItemResult batchGetItem(BatchGetItemRequest request) {
    return call(request, client::batchGetItem);
  }

  @Override
  public BatchWriteItemResult batchWriteItem(BatchWriteItemRequest request) {
    return call(request, client::batchWriteItem);
  }

  @Override
  public TransactWriteItemsResult transactWriteItems(TransactWriteItemsRequest request) {
    return call(request, client::transactWriteItems);
  }

  @Override
  public DescribeTableResult describeTable(DescribeTableRequest request) {
    return call(request, client::describeTable);
  }

  @Override
  public DescribeTableResult describeTable(String tableName) {
    return describeTable(new DescribeTableRequest(tableName));
  }

  @Override
  public CreateTableResult createTable(CreateTableRequest request) {
    return call(request, client::createTable);
  }

  @Override
  public UpdateTimeToLiveResult updateTimeToLive(UpdateTimeToLiveRequest request) {
    return call(request, client::updateTimeToLive);
  }

  @Override
  public void shutdown() {
    client.shutdown();
  }

  private <Q extends AmazonWebServiceRequest, R> R call(Q request, Function<Q, R> operation) {
    OptionalLong left = TurnBudget.remainingMillis();
    if (left.isPresent()) {
      if (left.getAsLong() <= 0) {
        throw failed(new StorageUnavailableException(access(request), name(request) + ": the turn's time for the store is spent", null));
      }
      request.setSdkClientExecutionTimeout((int) Math.min(DynamoClients.CALL_TIMEOUT_MILLIS, left.getAsLong()));
    }
    try {
      return operation.apply(request);
    } catch (AmazonClientException e) {
      if (unavailable(e)) {
        throw failed(new StorageUnavailableException(access(request), name(request) + " failed: " + kind(e), e));
      }
      throw e;
    }
  }

  private static boolean unavailable(AmazonClientException e) {
    if (e instanceof AmazonServiceException service) {
      return service.getStatusCode() >= 500 || RetryUtils.isThrottlingException(service)
          || BUSY_CODES.contains(service.getErrorCode());
    }
    return true; // no answer at all: timeouts, refused or dropped connections
  }

  /** What went wrong, without anything from the request (no personal data). */
  private static String kind(AmazonClientException e) {
    return e instanceof AmazonServiceException service
        ? service.getErrorCode() + " (HTTP " + service.getStatusCode() + ")"
        : e.getClass().getSimpleName();
  }

  /** Counts the failure for the request's log line. */
  private static StorageUnavailableException failed(StorageUnavailableException failure) {
    var store = RequestLog.current().store();
    if (failure.access() == StorageUnavailableException.Access.READ) {
      store.readFailed();
    } else {
      store.writeFailed();
    }
    return failure;
  }

  /** Reads change nothing; everything else (puts, updates, deletes, transactions) is a write. */
  private static StorageUnavailableException.Access access(AmazonWebServiceRequest request) {
    return request instanceof GetItemRequest || request instanceof QueryRequest || request instanceof BatchGetItemRequest
        || request instanceof DescribeTableRequest
        ? StorageUnavailableException.Access.READ : StorageUnavailableException.Access.WRITE;
  }

  private static String name(AmazonWebServiceRequest request) {
    return request.getClass().getSimpleName().replace("Request", "");
  }
}
