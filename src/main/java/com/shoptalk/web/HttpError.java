package com.shoptalk.web;

/**
 * A request the web layer answers with an error page: the status and the message key of the text
 * to show. Domain exceptions are mapped to these in {@link WebApp}, in one place.
 */
public final class HttpError extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String messageKey;

  public HttpError(int status, String messageKey) {
    super(status + " " + messageKey, null, false, false);
    this.status = status;
    this.messageKey = messageKey;
  }

  public int status() {
    return status;
  }

  public String messageKey() {
    return messageKey;
  }
}
