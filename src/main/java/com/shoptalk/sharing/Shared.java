package com.shoptalk.sharing;

import java.util.Objects;

/**
 * A list shared by voice, and how its link reached the shopper.
 *
 * @param share the share
 * @param link the link friends open
 * @param listText the list's name as friends read it ("Birthday list", "Wish list")
 * @param again whether the list was shared already (the same link, delivered again)
 * @param delivery how the link was delivered besides the card in the Alexa app
 */
public record Shared(ListShare share, String link, String listText, boolean again, Delivery delivery) {
  public Shared {
    Objects.requireNonNull(share, "share");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(listText, "listText");
    Objects.requireNonNull(delivery, "delivery");
  }

  /** How the link reached the shopper: always as a card in the Alexa app, and … */
  public enum Delivery {
    /** … by e-mail. */
    EMAILED,
    /** … not by e-mail, although the shopper allowed it: sending failed. */
    EMAIL_FAILED,
    /** … only as the card (no e-mail permission, or e-mail is off). */
    CARD
  }
}
