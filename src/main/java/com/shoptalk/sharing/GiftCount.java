package com.shoptalk.sharing;

import java.util.List;

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

  /** The count of a list's wishes. */
  public static GiftCount of(List<SharedItem> wishes) {
    return new GiftCount(wishes.size(), (int) wishes.stream().filter(SharedItem::isTaken).count());
  }
}
