package com.shoptalk.sharing;

/** A friend tried to undo or mark bought a wish they did not reserve (or that nobody reserved any more). */
public final class NotYourReservation extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotYourReservation() {
    super("not this friend's reservation", null, false, false);
  }
}
