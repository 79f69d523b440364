package com.shoptalk.sharing;

/** The owner stopped sharing the list this link led to. */
public final class ShareRevoked extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ShareRevoked() {
    super("list no longer shared", null, false, false);
  }
}
