package com.shoptalk.storage;

/**
 * The data store did not take a write or answer a read in time (throttled, failing, slow or
 * unreachable, or the turn's time was spent). A write that throws this was not stored as far as
 * ShopTalk knows, and trying again later is safe: writes are idempotent.
 *
 * <p>It says whether a {@linkplain Access#READ read} or a {@linkplain Access#WRITE write} failed, so
 * that the skill can say "I can't read your list just now" or "I couldn't save that just now"; the
 * pages answer either with a 503.
 */
public class StorageUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What the store failed to do. */
  public enum Access {
    /** Reading: nothing was changed. */
    READ,
    /** Writing (or a read that a write depends on): the write is not known to be stored. */
    WRITE
  }

  private final Access access;

  /** A failed write (the safe assumption: nothing may be claimed as stored). */
  public StorageUnavailableException(String message, Throwable cause) {
    this(Access.WRITE, message, cause);
  }

  public StorageUnavailableException(Access access, String message, Throwable cause) {
    super(message, cause);
    this.access = java.util.Objects.requireNonNull(access, "access");
  }

  /** Whether a read or a write failed. */
  public Access access() {
    return access;
  }
}
