package com.shoptalk.wishlist;

import com.shoptalk.storage.StorageUnavailableException;

/**
 * A list changed so often at the same moment (several devices at once) that a change could not be
 * made after several tries; nothing was changed, and trying again later is safe.
 */
public final class WishListBusyException extends StorageUnavailableException {
  private static final long serialVersionUID = 1L;

  public WishListBusyException(String message, Throwable cause) {
    super(message, cause);
  }
}
