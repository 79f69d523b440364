package com.shoptalk.catalog;

/**
 * A feed row that has what every product needs.
 *
 * @param row       the row
 * @param id        its id
 * @param title     its title
 * @param price     its price in the catalog's currency
 * @param salePrice its sale price, or {@code null}
 */
record ValidRow(FeedRow row, String id, String title, Money price, Money salePrice) {

  /** Returns the price the shopper pays for this variant. */
  Money effectivePrice() {
    return salePrice != null ? salePrice : price;
  }
}
