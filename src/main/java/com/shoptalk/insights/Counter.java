package com.shoptalk.insights;

/**
 * What the merchant's report counts per product and day. Each counter is one number attribute of
 * the product's day item, raised atomically as events happen.
 */
public enum Counter {
  /** Shoppers asked their friends "should I buy this?" about the product. */
  ASKED_BUY_OR_NOT("askedBuyOrNot", "asked_buy_or_not"),
  /** The product was one of the options of a "which one should I buy?" question. */
  ASKED_WHICH_ONE("askedWhichOne", "asked_which_one"),
  /** Friends answered "buy it". */
  VOTES_BUY("votesBuy", "votes_buy"),
  /** Friends answered "skip it". */
  VOTES_DONT_BUY("votesDontBuy", "votes_dont_buy"),
  /** Friends picked the product among the options of a which-one question. */
  WHICH_ONE_WINS("whichOneWins", "which_one_wins"),
  /** Friends picked another option of a which-one question the product was in. */
  WHICH_ONE_LOSSES("whichOneLosses", "which_one_losses"),
  /** Shoppers saved the product to a wish list. */
  WISH_LIST_SAVES("wishListSaves", "wish_list_saves"),
  /** Friends reserved the product as a gift on a shared list. */
  GIFTS_RESERVED("giftsReserved", "gifts_reserved"),
  /** Clicks through to the shop from a question page. */
  CLICKS_QUESTION("clicksQuestion", "clicks_question"),
  /** Clicks through to the shop from a shared list. */
  CLICKS_LIST("clicksList", "clicks_list"),
  /** Clicks through to the shop from the shopper's own buy hand-off (card, e-mail). */
  CLICKS_BUY("clicksBuy", "clicks_buy");

  private final String attribute;
  private final String column;

  Counter(String attribute, String column) {
    this.attribute = attribute;
    this.column = column;
  }

  /** The stored attribute's name and the JSON field: {@code votesBuy}. */
  public String attribute() {
    return attribute;
  }

  /** The CSV column: {@code votes_buy}. */
  public String column() {
    return column;
  }
}
