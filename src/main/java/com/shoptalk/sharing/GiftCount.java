package com.shoptalk.sharing;

/**
 * How many of a list's wishes friends took, without saying which or by whom: what the owner hears.
 *
 * @param wishes how many wishes are on the list
 * @param taken how many of them a friend reserved or bought
 */
public record GiftCount(int wishes, int taken) {
  public GiftCount {
    if (wishes < 0 || taken < 0 || taken > wishes) {
      throw new IllegalArgumentException("taken " + taken + " of " + wishes);
    }
  }
}
