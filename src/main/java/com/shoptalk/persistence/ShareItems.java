package com.shoptalk.persistence;

import static com.shoptalk.persistence.Items.bool;
import static com.shoptalk.persistence.Items.n;
import static com.shoptalk.persistence.Items.putIfSet;
import static com.shoptalk.persistence.Items.s;
import static com.shoptalk.persistence.Items.str;

import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.shoptalk.sharing.ListShare;
import com.shoptalk.sharing.Reservation;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListOwner;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The items of shared lists, and how shares and reservations map to them.
 *
 * <table>
 *   <caption>Items of sharing</caption>
 *   <tr><th>pk</th><th>sk</th><th>what</th></tr>
 *   <tr><td>{@code SHARE#<token>}</td><td>{@code SHARE}</td>
 *       <td>the share, found by its link: {@code user, person, listKey, listName, ownerName, locale,
 *       createdAt, revokedAt}</td></tr>
 *   <tr><td>{@code USER#<userId>}</td><td>{@code LSHARE#<owner>#<list>#<token>}</td>
 *       <td>the same share in the owner's partition, so that a list's shares are one query away
 *       and "delete my data" finds every link</td></tr>
 *   <tr><td>{@code USER#<userId>}</td><td>{@code WL#<owner>#<list>#R#<seq>}</td>
 *       <td>a reservation of the list's entry {@code seq}: {@code friend, name, note, bought, at};
 *       next to the entries (see {@link WishListItems}), so that a list with its reservations is
 *       one query</td></tr>
 * </table>
 *
 * <p>{@code <owner>} and {@code <list>} are as in {@link WishListItems}. A revoked share and its
 * reference carry the TTL attribute {@value DynamoTable#TTL} ({@link ListShare#expiresAt()}); a
 * shared one lives until it is revoked or its owner's data is deleted.
 */
final class ShareItems {
  static final String SHARE = "SHARE";
  /** The sort-key prefix of every share reference in a user's partition. */
  static final String REF_PREFIX = "LSHARE#";
  private static final Pattern RESERVATION_SK = Pattern.compile("WL#.*#R#\\d{10,}");

  private ShareItems() {}

  /** The partition key of a share. */
  static String shareKey(String token) {
    return "SHARE#" + token;
  }

  /** The sort-key prefix of the references to one list's shares. */
  static String refPrefix(WishListOwner owner, ListName list) {
    return refPrefix(owner) + list.key() + "#";
  }

  /** The sort-key prefix of the references to the shares of all of one owner's lists. */
  static String refPrefix(WishListOwner owner) {
    return REF_PREFIX + WishListItems.ownerSegment(owner) + "#";
  }

  /** The share item, found by its token. */
  static Map<String, AttributeValue> share(ListShare share) {
    var item = attributes(share);
    item.put(DynamoTable.PK, s(shareKey(share.token())));
    item.put(DynamoTable.SK, s(SHARE));
    return item;
  }

  /** The owner's reference to a share: the same attributes in the owner's partition. */
  static Map<String, AttributeValue> ref(ListShare share) {
    var item = attributes(share);
    item.put(DynamoTable.PK, s(DynamoUserRepository.userKey(share.owner().userId())));
    item.put(DynamoTable.SK, s(refPrefix(share.owner(), share.list()) + share.token()));
    return item;
  }

  private static Map<String, AttributeValue> attributes(ListShare share) {
    var item = new HashMap<String, AttributeValue>();
    item.put("type", s("LISTSHARE"));
    item.put("token", s(share.token()));
    item.put("user", s(share.owner().userId()));
    putIfSet(item, "person", share.owner().personId());
    item.put("listKey", s(share.list().key()));
    putIfSet(item, "listName", share.list().displayName());
    putIfSet(item, "ownerName", share.ownerName());
    item.put("locale", s(share.locale()));
    item.put("createdAt", s(share.createdAt().toString()));
    if (share.revokedAt() != null) {
      item.put("revokedAt", s(share.revokedAt().toString()));
      item.put(DynamoTable.TTL, n(share.expiresAt().getEpochSecond()));
    }
    return item;
  }

  static ListShare share(Map<String, AttributeValue> item) {
    String revokedAt = str(item, "revokedAt");
    return new ListShare(
        str(item, "token"),
        WishListOwner.person(str(item, "user"), str(item, "person")),
        new ListName(str(item, "listKey"), str(item, "listName")),
        str(item, "ownerName"),
        str(item, "locale"),
        Instant.parse(str(item, "createdAt")),
        revokedAt == null ? null : Instant.parse(revokedAt));
  }

  /** A reservation item of the list {@code keys}. */
  static Map<String, AttributeValue> reservation(WishListItems keys, Reservation r) {
    var item = new HashMap<>(DynamoTable.key(keys.pk, keys.reservationSk(r.itemId())));
    item.put("type", s("RESERVATION"));
    item.put("seq", n(r.itemId()));
    item.put("friend", s(r.friendId()));
    putIfSet(item, "name", r.friendName());
    putIfSet(item, "note", r.note());
    item.put("bought", bool(r.bought()));
    item.put("at", s(r.at().toString()));
    return item;
  }

  static Reservation reservation(Map<String, AttributeValue> item) {
    return new Reservation(
        Items.number(item, "seq"),
        str(item, "friend"),
        str(item, "name"),
        str(item, "note"),
        Boolean.TRUE.equals(item.get("bought").getBOOL()),
        Instant.parse(str(item, "at")));
  }

  /** Whether an item of a user's partition is a reservation. */
  static boolean isReservation(Map<String, AttributeValue> item) {
    return RESERVATION_SK.matcher(Items.sk(item)).matches();
  }
}
