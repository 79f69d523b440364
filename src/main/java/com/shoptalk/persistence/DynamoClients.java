package com.shoptalk.persistence;

import com.amazonaws.ClientConfiguration;
import com.amazonaws.auth.AWSCredentialsProvider;
import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.auth.EnvironmentVariableCredentialsProvider;
import com.amazonaws.client.builder.AwsClientBuilder;
import com.amazonaws.retry.PredefinedBackoffStrategies;
import com.amazonaws.retry.PredefinedRetryPolicies;
import com.amazonaws.retry.RetryPolicy;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import com.amazonaws.services.dynamodbv2.AmazonDynamoDBClientBuilder;
import com.shoptalk.storage.TurnBudget;
import java.util.Map;

/**
 * The one place the DynamoDB client is configured, for a voice skill: answers must come within
 * a few seconds whatever DynamoDB does (throttling, errors, slow answers, dropped connections).
 *
 * <ul>
 *   <li>Timeouts: {@value #CONNECT_TIMEOUT_MILLIS} ms to connect, {@value #REQUEST_TIMEOUT_MILLIS} ms
 *       for one HTTP attempt, {@value #CALL_TIMEOUT_MILLIS} ms for a call with all its retries —
 *       less when the turn's {@link TurnBudget} has less left.
 *   <li>Retries: at most {@value #MAX_RETRIES}, after a short random pause (full jitter from
 *       {@value #BASE_DELAY_MILLIS} ms, equal jitter from {@value #THROTTLED_BASE_DELAY_MILLIS} ms
 *       when throttled, never over {@value #MAX_DELAY_MILLIS} ms), and none once the turn has less than
 *       {@value #MIN_MILLIS_FOR_RETRY} ms left. The SDK's default for DynamoDB retries ten times
 *       with pauses up to 20 s: a launch took 82 s with every call throttled.
 *   <li>Every call, retry and fault is counted for the request's log line ({@link StoreCallCounter}).
 *   <li>Repeating a write is safe: a transaction the SDK repeats carries the same client request
 *       token, and the repositories make every other write idempotent.
 * </ul>
 */
public final class DynamoClients {
  static final int CONNECT_TIMEOUT_MILLIS = 250;
  static final int REQUEST_TIMEOUT_MILLIS = 600;
  static final int CALL_TIMEOUT_MILLIS = 1500;
  static final int MAX_RETRIES = 2;
  static final int BASE_DELAY_MILLIS = 25;
  static final int THROTTLED_BASE_DELAY_MILLIS = 50;
  static final int MAX_DELAY_MILLIS = 250;
  static final long MIN_MILLIS_FOR_RETRY = 150;

  private DynamoClients() {}

  /**
   * The functions' table, its client made on a thread of its own while the caller wires the rest (calls, and
   * {@link DynamoTable#awaitClient()}, wait for it): in AWS ({@link #forAws()}), where the template creates the
   * table and nothing is asked of DynamoDB before the first request; or, with {@code DYNAMODB_ENDPOINT} set (as for
   * {@code sam local invoke} against a DynamoDB Local container), at that endpoint, where the table is created when a
   * call first finds it missing.
   */
  public static DynamoTable table(String tableName, Map<String, String> env) {
    String endpoint = env.get("DYNAMODB_ENDPOINT");
    String region = env.getOrDefault("AWS_REGION", "us-east-1");
    ClientPreparation preparation = ClientPreparation.forRegion(region);
    if (endpoint == null || endpoint.isBlank()) {
      return new DynamoTable(PendingDynamo.start(DynamoClients::forAws, null, preparation), tableName);
    }
    return new DynamoTable(PendingDynamo.start(() -> forEndpoint(endpoint, region), tableName, preparation), tableName);
  }

  /** A client for DynamoDB in AWS: region and credentials from the Lambda environment. */
  public static AmazonDynamoDB forAws() {
    return AmazonDynamoDBClientBuilder.standard().withClientConfiguration(configuration())
        .withRequestHandlers(new StoreCallCounter()).build();
  }

  /**
   * A client for a DynamoDB at {@code endpoint} (DynamoDB Local, a test proxy): credentials from
   * the environment when set, else placeholders, which DynamoDB Local accepts. Never asks an
   * instance-metadata service.
   */
  public static AmazonDynamoDB forEndpoint(String endpoint, String region) {
    AWSCredentialsProvider credentials = System.getenv("AWS_ACCESS_KEY_ID") != null
        ? new EnvironmentVariableCredentialsProvider()
        : new AWSStaticCredentialsProvider(new BasicAWSCredentials("local", "local"));
    return AmazonDynamoDBClientBuilder.standard()
        .withClientConfiguration(configuration())
        .withEndpointConfiguration(new AwsClientBuilder.EndpointConfiguration(endpoint, region))
        .withCredentials(credentials)
        .withRequestHandlers(new StoreCallCounter())
        .build();
  }

  /**
   * The table at a DynamoDB at {@code endpoint} (DynamoDB Local: {@code sam local invoke}, the local
   * run pointed elsewhere), created there if missing.
   */
  public static DynamoTable tableAt(String endpoint, String tableName, String region) {
    return new DynamoTable(forEndpoint(endpoint, region), tableName).createIfMissing();
  }

  /** Timeouts, connection handling and the retry policy for a voice turn. */
  static ClientConfiguration configuration() {
    return new ClientConfiguration()
        .withConnectionTimeout(CONNECT_TIMEOUT_MILLIS)
        .withSocketTimeout(CALL_TIMEOUT_MILLIS)
        .withRequestTimeout(REQUEST_TIMEOUT_MILLIS)
        .withClientExecutionTimeout(CALL_TIMEOUT_MILLIS)
        .withTcpKeepAlive(true)
        .withRetryPolicy(retryPolicy());
  }

  /** Few, short, jittered retries, and none when the turn's budget is nearly spent. */
  static RetryPolicy retryPolicy() {
    RetryPolicy.RetryCondition sdkDefault = PredefinedRetryPolicies.DEFAULT_RETRY_CONDITION;
    return new RetryPolicy(
        (request, exception, retries) -> sdkDefault.shouldRetry(request, exception, retries)
            && TurnBudget.remainingMillis().orElse(Long.MAX_VALUE) >= MIN_MILLIS_FOR_RETRY,
        new PredefinedBackoffStrategies.SDKDefaultBackoffStrategy(
            BASE_DELAY_MILLIS, THROTTLED_BASE_DELAY_MILLIS, MAX_DELAY_MILLIS),
        MAX_RETRIES,
        false);
  }
}
