package com.shoptalk.persistence;

import com.amazonaws.services.dynamodbv2.model.BatchWriteItemRequest;
import com.amazonaws.services.dynamodbv2.model.WriteRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Batch writes in chunks of 25, retrying what DynamoDB hands back unprocessed. */
final class DynamoBatch {
  private static final int MAX_BATCH = 25;
  private static final int MAX_ATTEMPTS = 8;

  private DynamoBatch() {}

  static void write(DynamoTable table, List<WriteRequest> requests) {
    for (int from = 0; from < requests.size(); from += MAX_BATCH) {
      List<WriteRequest> chunk = new ArrayList<>(requests.subList(from, Math.min(requests.size(), from + MAX_BATCH)));
      for (int attempt = 0; !chunk.isEmpty(); attempt++) {
        if (attempt == MAX_ATTEMPTS) {
          throw new IllegalStateException("DynamoDB kept " + chunk.size() + " writes unprocessed");
        }
        var result = table.client().batchWriteItem(new BatchWriteItemRequest(Map.of(table.name(), chunk)));
        chunk = new ArrayList<>(result.getUnprocessedItems().getOrDefault(table.name(), List.of()));
        if (!chunk.isEmpty()) {
          DynamoTable.backOff(20L << attempt);
        }
      }
    }
  }

}
