package com.shoptalk.storage;

/**
 * The data store did not take a write or answer a read in time (throttled, failing, slow or
 * unreachable, or the turn's time was spent). A write that throws this was not stored as far as
 * ShopTalk knows, and trying again later is safe: writes are idempotent.
 *
 * <p>The skill answers it with "I couldn't save that just now", the pages with a 503.
 */
public class StorageUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StorageUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
