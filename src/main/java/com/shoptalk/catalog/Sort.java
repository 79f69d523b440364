package com.shoptalk.catalog;

/** The order of search results. */
public enum Sort {
  /** Best match first. */
  RELEVANCE,
  /** Cheapest effective price first. */
  PRICE_ASCENDING,
  /** Most expensive effective price first. */
  PRICE_DESCENDING
}
