package com.shoptalk.persistence;

import com.amazonaws.services.dynamodbv2.AbstractAmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.model.BatchGetItemRequest;
import com.amazonaws.services.dynamodbv2.model.BatchGetItemResult;
import com.amazonaws.services.dynamodbv2.model.BatchWriteItemRequest;
import com.amazonaws.services.dynamodbv2.model.BatchWriteItemResult;
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
import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.amazonaws.services.dynamodbv2.model.ReturnValue;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table for priming a function before a SnapStart snapshot: reads go to the real table (through the same
 * client, so its classes, marshalling and connections are warmed), writes are dropped and answered as if done.
 * Nothing a priming request does reaches the table; what a dropped write would have returned is empty.
 */
final class DryRunDynamo extends AbstractAmazonDynamoDB {
  /** {@code #name = :value} (SET) or {@code #name :value} (ADD). */
  private static final Pattern PLAIN_ASSIGNMENT = Pattern.compile("(#?\\w+)\\s*=?\\s*(:\\w+)");

  private final AmazonDynamoDB reads;

  DryRunDynamo(AmazonDynamoDB reads) {
    this.reads = reads;
  }

  @Override
  public GetItemResult getItem(GetItemRequest request) {
    return reads.getItem(request);
  }

  @Override
  public QueryResult query(QueryRequest request) {
    return reads.query(request);
  }

  @Override
  public BatchGetItemResult batchGetItem(BatchGetItemRequest request) {
    return reads.batchGetItem(request);
  }

  @Override
  public DescribeTableResult describeTable(DescribeTableRequest request) {
    return reads.describeTable(request);
  }

  @Override
  public PutItemResult putItem(PutItemRequest request) {
    return new PutItemResult();
  }

  /**
   * Answers as if the item had not existed: an attribute the expression sets or adds a value to plainly
   * ({@code SET #a = :v}, {@code ADD #a :v}) holds that value, when the request asks for the item back.
   */
  @Override
  public UpdateItemResult updateItem(UpdateItemRequest request) {
    Map<String, AttributeValue> item = new HashMap<>();
    String returnValues = request.getReturnValues();
    if (returnValues != null && !returnValues.equals(ReturnValue.NONE.toString())
        && request.getUpdateExpression() != null && request.getExpressionAttributeValues() != null) {
      Map<String, String> names = request.getExpressionAttributeNames() == null ? Map.of()
          : request.getExpressionAttributeNames();
      Matcher plain = PLAIN_ASSIGNMENT.matcher(request.getUpdateExpression());
      while (plain.find()) {
        AttributeValue value = request.getExpressionAttributeValues().get(plain.group(2));
        if (value != null) {
          item.put(names.getOrDefault(plain.group(1), plain.group(1)), value);
        }
      }
    }
    return new UpdateItemResult().withAttributes(item);
  }

  @Override
  public DeleteItemResult deleteItem(DeleteItemRequest request) {
    return new DeleteItemResult();
  }

  @Override
  public BatchWriteItemResult batchWriteItem(BatchWriteItemRequest request) {
    return new BatchWriteItemResult().withUnprocessedItems(Map.of());
  }

  @Override
  public TransactWriteItemsResult transactWriteItems(TransactWriteItemsRequest request) {
    return new TransactWriteItemsResult();
  }
}
