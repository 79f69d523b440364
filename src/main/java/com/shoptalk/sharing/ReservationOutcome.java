package com.shoptalk.sharing;

/** What became of a friend's attempt to reserve a wish. */
public enum ReservationOutcome {
  /** The wish is now this friend's. */
  RESERVED,
  /** This friend had reserved it already (a repeated tap, or a repeated request whose answer was lost). */
  ALREADY_YOURS,
  /** Another friend was quicker; nothing changed. */
  TAKEN,
  /** The wish is no longer on the list; nothing changed. */
  GONE
}
