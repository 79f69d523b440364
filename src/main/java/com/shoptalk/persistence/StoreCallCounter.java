package com.shoptalk.persistence;

import com.amazonaws.AmazonServiceException;
import com.amazonaws.Request;
import com.amazonaws.handlers.HandlerAfterAttemptContext;
import com.amazonaws.handlers.RequestHandler2;
import com.amazonaws.retry.RetryUtils;
import com.shoptalk.monitoring.RequestLog;

/**
 * Counts, for the request being answered ({@link RequestLog#current()}), every DynamoDB call, each
 * HTTP attempt (so the retries) and the faults attempts met: throttling, server errors, no answer
 * (timeouts, refused or dropped connections). The SDK makes a call's attempts on the caller's
 * thread, which is the request's.
 */
final class StoreCallCounter extends RequestHandler2 {
  @Override
  public void beforeRequest(Request<?> request) {
    RequestLog.current().store().call();
  }

  @Override
  public void afterAttempt(HandlerAfterAttemptContext context) {
    var store = RequestLog.current().store();
    store.attempt();
    Exception failure = context.getException();
    if (failure == null) {
      return;
    }
    if (failure instanceof AmazonServiceException service) {
      String fault = service.getErrorCode() + " (HTTP " + service.getStatusCode() + ")";
      if (RetryUtils.isThrottlingException(service)) {
        store.throttled(fault);
      } else if (service.getStatusCode() >= 500) {
        store.serverError(fault);
      }
      // other 4xx (a failed condition, a cancelled transaction) are answers, not faults
    } else {
      store.noAnswer(failure.getClass().getSimpleName());
    }
  }
}
