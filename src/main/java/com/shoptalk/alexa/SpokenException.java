package com.shoptalk.alexa;

/** A failure with a known message key, spoken as it is by {@link ErrorHandler}. */
public class SpokenException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String messageKey;

  public SpokenException(String messageKey) {
    super(messageKey, null, false, false);
    this.messageKey = messageKey;
  }

  public String messageKey() {
    return messageKey;
  }
}
