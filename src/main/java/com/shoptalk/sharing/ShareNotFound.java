package com.shoptalk.sharing;

/** No shared list has this token (never had, or forgotten after it stopped being shared). */
public final class ShareNotFound extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ShareNotFound() {
    // the token is deliberately not part of the message: it is the list's only secret
    super("shared list not found", null, false, false);
  }
}
