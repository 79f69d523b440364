package com.shoptalk.mail;

/** An e-mail could not be built or handed over for delivery. */
public final class MailException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MailException(String message, Throwable cause) {
    super(message, cause);
  }
}
