package com.shoptalk.sharing;

/** A reservation that cannot be taken as it is: a name or note too long, no such wish, no browser id. */
public final class InvalidReservation extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;

  public InvalidReservation(String field) {
    super("invalid " + field, null, false, false);
    this.field = field;
  }

  /** The offending field: {@code item}, {@code name}, {@code note} or {@code friend}. */
  public String field() {
    return field;
  }
}
