package com.shoptalk.insights;

/**
 * Where a shop link ShopTalk handed out was shown, which decides its UTM parameters and the
 * counter its clicks raise.
 */
public enum LinkSource {
  /** An option on a friend's question page. */
  QUESTION('q', "friends", "ask-friends", Counter.CLICKS_QUESTION),
  /** An item on a wish list shared with friends. */
  LIST('l', "friends", "wish-list", Counter.CLICKS_LIST),
  /** The shopper's own "buy it" hand-off: the card in the Alexa app and the e-mail. */
  BUY('b', "voice", "buy", Counter.CLICKS_BUY);

  private final char letter;
  private final String medium;
  private final String campaign;
  private final Counter clicks;

  LinkSource(char letter, String medium, String campaign, Counter clicks) {
    this.letter = letter;
    this.medium = medium;
    this.campaign = campaign;
    this.clicks = clicks;
  }

  /** The letter that stands for this source in a link code. */
  char letter() {
    return letter;
  }

  /** The {@code utm_medium} value. */
  public String medium() {
    return medium;
  }

  /** The {@code utm_campaign} value. */
  public String campaign() {
    return campaign;
  }

  /** The counter a click from here raises. */
  public Counter clicks() {
    return clicks;
  }

  static LinkSource ofLetter(char letter) {
    for (LinkSource source : values()) {
      if (source.letter == letter) {
        return source;
      }
    }
    return null;
  }
}
