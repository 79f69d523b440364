package com.shoptalk.wishlist;

/**
 * A list changed so often at the same moment (several devices at once) that a change could not be
 * made after several tries; nothing was changed, and trying again later is safe.
 */
public final class WishListBusyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WishListBusyException(String message, Throwable cause) {
    super(message, cause);
  }
}
