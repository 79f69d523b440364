package com.shoptalk.monitoring;

/**
 * What the data store did during one request, counted by the DynamoDB client layer: calls, retries,
 * faults by kind, and the reads and writes that finally failed. Not thread-safe: one request, one
 * thread (the SDK makes its attempts on the caller's thread).
 */
public final class StoreCalls {
  private int calls;
  private int attempts;
  private int throttled;
  private int serverErrors;
  private int noAnswer;
  private int failedReads;
  private int failedWrites;
  private String lastFault;

  /** A call to the store begins (before its first attempt). */
  public void call() {
    calls++;
  }

  /** One HTTP attempt of a call ended (the first or a retry). */
  public void attempt() {
    attempts++;
  }

  /** An attempt was throttled ({@code ThrottlingException}, provisioned throughput exceeded, …). */
  public void throttled(String fault) {
    throttled++;
    lastFault = fault;
  }

  /** An attempt failed with a server error (HTTP 5xx). */
  public void serverError(String fault) {
    serverErrors++;
    lastFault = fault;
  }

  /** An attempt got no answer: a timeout, a refused or dropped connection. */
  public void noAnswer(String fault) {
    noAnswer++;
    lastFault = fault;
  }

  /** A read finally failed (after its retries, or with the turn's time spent). */
  public void readFailed() {
    failedReads++;
  }

  /** A write finally failed: it is not known to be stored. */
  public void writeFailed() {
    failedWrites++;
  }

  public int calls() {
    return calls;
  }

  /** Attempts beyond each call's first. */
  public int retries() {
    return Math.max(0, attempts - calls);
  }

  /** Attempts that met a fault of any kind. */
  public int faults() {
    return throttled + serverErrors + noAnswer;
  }

  public int throttled() {
    return throttled;
  }

  public int serverErrors() {
    return serverErrors;
  }

  public int noAnswer() {
    return noAnswer;
  }

  public int failedReads() {
    return failedReads;
  }

  public int failedWrites() {
    return failedWrites;
  }

  /** Whether any read or write of this request finally failed. */
  public boolean anyFailed() {
    return failedReads + failedWrites > 0;
  }

  /** The kind of the last fault ({@code ThrottlingException (HTTP 400)}), never anything from the request; or {@code null}. */
  public String lastFault() {
    return lastFault;
  }
}
