package com.shoptalk.sharing;

import java.util.Objects;

/** Another friend reserved the wish first ("someone was quicker"). */
public final class WishTaken extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient SharedItem item;

  public WishTaken(SharedItem item) {
    super("wish already taken", null, false, false);
    this.item = Objects.requireNonNull(item, "item");
  }

  /** The wish as it is now, with the other friend's reservation. */
  public SharedItem item() {
    return item;
  }
}
