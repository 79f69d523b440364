package com.shoptalk.sharing;

/** The wish is no longer on the list: its owner removed it (and any reservation with it). */
public final class WishGone extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WishGone() {
    super("wish no longer on the list", null, false, false);
  }
}
