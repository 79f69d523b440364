package com.shoptalk.monitoring;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * The CloudWatch Embedded Metric Format part of a request's log line: the {@code _aws} metadata and
 * one value per metric, in namespace {@value #NAMESPACE} with the dimension {@code Function}
 * ({@code skill}, {@code web}). CloudWatch turns each such line into metric data points; nothing is
 * sent from the function itself, so the answer never waits for metrics.
 *
 * <p>Written directly (it is a few JSON fields) rather than with {@code aws-embedded-metrics}: that
 * library's logger, environment detection and its own Jackson mapper cost start-up time and package
 * size for a line we already write.
 */
final class MetricLine {
  static final String NAMESPACE = "ShopTalk";

  private MetricLine() {}

  static void add(ObjectNode line, Instant at, String function, long latencyMillis, StoreCalls store,
      RequestLog.Outcome outcome) {
    ObjectNode aws = line.putObject("_aws");
    aws.put("Timestamp", at.toEpochMilli());
    ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
    directive.put("Namespace", NAMESPACE);
    directive.putArray("Dimensions").addArray().add("Function");
    ArrayNode metrics = directive.putArray("Metrics");
    metric(metrics, "Latency", "Milliseconds");
    metric(metrics, "StoreRetries", "Count");
    metric(metrics, "StoreFaults", "Count");
    metric(metrics, "FailedReads", "Count");
    metric(metrics, "FailedWrites", "Count");
    metric(metrics, "NotDoneAnswers", "Count");
    metric(metrics, "Errors", "Count");
    line.put("Function", function);
    line.put("Latency", latencyMillis);
    line.put("StoreRetries", store.retries());
    line.put("StoreFaults", store.faults());
    line.put("FailedReads", store.failedReads());
    line.put("FailedWrites", store.failedWrites());
    line.put("NotDoneAnswers", outcome == RequestLog.Outcome.STORE_FAILED ? 1 : 0);
    line.put("Errors", outcome == RequestLog.Outcome.ERROR ? 1 : 0);
  }

  private static void metric(ArrayNode metrics, String name, String unit) {
    metrics.addObject().put("Name", name).put("Unit", unit);
  }
}
