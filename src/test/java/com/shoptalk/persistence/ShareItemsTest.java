package com.shoptalk.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListOwner;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which items of a user's partition are friends' reservations: those of entries numbered the old way and by time. */
class ShareItemsTest {
  private final WishListItems keys = new WishListItems(WishListOwner.account("amzn1.ask.account.A"), ListName.DEFAULT);

  private static Map<String, AttributeValue> withSk(String sk) {
    return Map.of(DynamoTable.SK, new AttributeValue(sk));
  }

  @Test
  void reservations_of_entries_numbered_one_two_three_and_by_the_add_s_time_are_reservations() {
    assertTrue(ShareItems.isReservation(withSk(keys.reservationSk(3))));
    assertTrue(ShareItems.isReservation(withSk(keys.reservationSk(1_764_561_234_567L))));
    assertTrue(ShareItems.isReservation(withSk(WishListItems.reservationSkOf(keys.itemSk(1_764_561_234_567L)))));
  }

  @Test
  void entries_markers_and_lists_are_not() {
    assertFalse(ShareItems.isReservation(withSk(keys.itemSk(1_764_561_234_567L))));
    assertFalse(ShareItems.isReservation(withSk(keys.markerPrefix + "natura-rug")));
    assertFalse(ShareItems.isReservation(withSk(keys.metaSk)));
  }
}
