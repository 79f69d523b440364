package com.shoptalk.friends;

import com.shoptalk.question.Question;
import java.util.Objects;

/**
 * A question created, and how its link reached the shopper.
 *
 * @param question the question
 * @param text the question as friends read it
 * @param link the link friends open
 * @param delivery how the link was delivered besides the card in the Alexa app
 */
public record Asked(Question question, String text, String link, Delivery delivery) {
  public Asked {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(delivery, "delivery");
  }

  /** How the link reached the shopper: always as a card in the Alexa app, and … */
  public enum Delivery {
    /** … by e-mail. */
    EMAILED,
    /** … not by e-mail, although the shopper allowed it: sending failed. */
    EMAIL_FAILED,
    /** … only as the card. */
    CARD,
    /** … only as the card, on the shopper's very first question without e-mail: offer e-mail once. */
    CARD_OFFER_EMAIL
  }
}
