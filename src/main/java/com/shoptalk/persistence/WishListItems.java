package com.shoptalk.persistence;

import static com.shoptalk.persistence.Items.n;
import static com.shoptalk.persistence.Items.putIfSet;
import static com.shoptalk.persistence.Items.s;
import static com.shoptalk.persistence.Items.str;

import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListItem;
import com.shoptalk.wishlist.WishListOwner;
import com.shoptalk.wishlist.WishListSummary;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The items of one wish list, in the owner's user partition {@code USER#<userId>}, and how list
 * entries map to them.
 *
 * <p>{@code <owner>} is {@code ACCOUNT} for the account's lists and {@code PERSON#<personId>} for a
 * recognized person's ({@code personId} URL-encoded, so it never contains {@code #});
 * {@code <list>} is the {@link ListName#key() list key}.
 *
 * <table>
 *   <caption>Items of one list</caption>
 *   <tr><th>sk</th><th>attributes</th><th>what</th></tr>
 *   <tr><td>{@code WLMETA#<owner>#<list>}</td>
 *       <td>{@code listKey, displayName, count, nextSeq, createdAt}</td>
 *       <td>the list: its name as first spoken, how many items it has, the last sequence number
 *       handed out (the largest)</td></tr>
 *   <tr><td>{@code WL#<owner>#<list>#I#<seq>}</td>
 *       <td>{@code productId, title, spokenName, price, currency, imageLink, link, addedAt}</td>
 *       <td>an entry; {@code seq} is larger than every earlier entry's, zero-padded to 10 digits, so
 *       sort order is the order added. Entries added since issue 10 have the add's time in ms (13
 *       digits) or one past the list's {@code nextSeq}; older ones 1, 2, 3…, whose padded
 *       {@code 000…} keys sort before them</td></tr>
 *   <tr><td>{@code WL#<owner>#<list>#P#<productId>}</td>
 *       <td>{@code itemSk, addId}</td>
 *       <td>marks a product as on the list, points at its entry and names the add that wrote it
 *       (a random id per add; markers from before have none)</td></tr>
 *   <tr><td>{@code WL#<owner>#<list>#R#<seq>}</td>
 *       <td>see {@link ShareItems}</td>
 *       <td>a friend's reservation of the entry {@code seq} of a shared list; removing the entry
 *       removes it in the same transaction</td></tr>
 * </table>
 *
 * <p>Reading a list is one query ({@code begins_with(sk, "WL#<owner>#<list>#I#")}); "which lists
 * do I have" is one query ({@code begins_with(sk, "WLMETA#<owner>#")}); every list item of an
 * account starts with {@value #ANY}. {@code price} is stored as a string so that its scale survives
 * ("19.90" stays "19.90").
 */
final class WishListItems {
  /** The sort-key prefix every wish-list item of an account starts with. */
  static final String ANY = "WL";
  private static final String META = "WLMETA#";
  private static final String ENTRY = "WL#";

  final String pk;
  final String metaSk;
  final String itemPrefix;
  final String markerPrefix;
  /** The sort-key prefix of everything in one list but the list item: entries, markers, reservations. */
  final String listPrefix;
  final String reservationPrefix;

  /** The keys of one list. */
  WishListItems(WishListOwner owner, ListName list) {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(list, "list");
    this.pk = DynamoUserRepository.userKey(owner.userId());
    String scope = ownerSegment(owner) + "#" + list.key();
    this.metaSk = META + scope;
    this.itemPrefix = ENTRY + scope + "#I#";
    this.markerPrefix = ENTRY + scope + "#P#";
    this.listPrefix = ENTRY + scope + "#";
    this.reservationPrefix = ENTRY + scope + "#R#";
  }

  /** The sort-key prefix of all list items (the lists themselves) of one owner. */
  static String listsPrefix(WishListOwner owner) {
    return META + ownerSegment(owner) + "#";
  }

  String itemSk(long seq) {
    return itemPrefix + String.format("%010d", seq);
  }

  String reservationSk(long seq) {
    return reservationPrefix + String.format("%010d", seq);
  }

  /** The sort key of the reservation of the entry with sort key {@code itemSk}. */
  static String reservationSkOf(String itemSk) {
    int at = itemSk.lastIndexOf("#I#");
    return itemSk.substring(0, at) + "#R#" + itemSk.substring(at + "#I#".length());
  }

  String markerSk(String productId) {
    return markerPrefix + productId;
  }

  /** A marker; {@code addId} names the add that wrote it ({@code null} in markers from before it did). */
  Map<String, AttributeValue> marker(String productId, String itemSk, String addId) {
    var item = new HashMap<>(DynamoTable.key(pk, markerSk(productId)));
    item.put("productId", s(productId));
    item.put("itemSk", s(itemSk));
    putIfSet(item, "addId", addId);
    return item;
  }

  Map<String, AttributeValue> entry(long seq, WishListItem entry) {
    var item = new HashMap<>(DynamoTable.key(pk, itemSk(seq)));
    item.put("seq", n(seq));
    item.put("productId", s(entry.productId()));
    item.put("title", s(entry.title()));
    item.put("spokenName", s(entry.spokenName()));
    putIfSet(item, "price", entry.price() == null ? null : entry.price().toPlainString());
    putIfSet(item, "currency", entry.currency());
    putIfSet(item, "imageLink", entry.imageLink());
    putIfSet(item, "link", entry.link());
    item.put("addedAt", s(entry.addedAt().toString()));
    return item;
  }

  static WishListItem toItem(Map<String, AttributeValue> entry) {
    String price = str(entry, "price");
    return new WishListItem(
        str(entry, "productId"),
        str(entry, "title"),
        str(entry, "spokenName"),
        price == null || price.isEmpty() ? null : new BigDecimal(price),
        str(entry, "currency"),
        str(entry, "imageLink"),
        str(entry, "link"),
        Instant.parse(str(entry, "addedAt")));
  }

  static WishListSummary toSummary(Map<String, AttributeValue> meta) {
    return new WishListSummary(
        new ListName(str(meta, "listKey"), displayName(meta)),
        Items.integer(meta, "count"),
        Instant.parse(str(meta, "createdAt")));
  }

  /** A list's display name as first spoken; empty when it was never given one. */
  static String displayName(Map<String, AttributeValue> meta) {
    String name = str(meta, "displayName");
    return name == null ? "" : name;
  }

  /** {@code ACCOUNT} or {@code PERSON#<personId>}: whose lists a sort key belongs to. */
  static String ownerSegment(WishListOwner owner) {
    return owner.personId() == null
        ? "ACCOUNT"
        : "PERSON#" + URLEncoder.encode(owner.personId(), StandardCharsets.UTF_8);
  }
}
