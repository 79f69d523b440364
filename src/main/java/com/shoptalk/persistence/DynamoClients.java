package com.shoptalk.persistence;

import com.amazonaws.client.builder.AwsClientBuilder;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDBClientBuilder;
import java.util.Map;

/** The one place the functions' DynamoDB client is built from their environment. */
public final class DynamoClients {
  private DynamoClients() {}

  /**
   * The table in AWS (the default client), or — with {@code DYNAMODB_ENDPOINT} set, as for {@code
   * sam local invoke} against a DynamoDB Local container — at that endpoint, created there on demand.
   */
  public static DynamoTable table(String tableName, Map<String, String> env) {
    String endpoint = env.get("DYNAMODB_ENDPOINT");
    if (endpoint == null || endpoint.isBlank()) {
      return new DynamoTable(AmazonDynamoDBClientBuilder.defaultClient(), tableName);
    }
    var client = AmazonDynamoDBClientBuilder.standard()
        .withEndpointConfiguration(new AwsClientBuilder.EndpointConfiguration(endpoint,
            env.getOrDefault("AWS_REGION", "us-east-1")))
        .build();
    return new DynamoTable(client, tableName).createIfMissing();
  }
}
