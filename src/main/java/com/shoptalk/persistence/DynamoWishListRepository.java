package com.shoptalk.persistence;

import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.amazonaws.services.dynamodbv2.model.CancellationReason;
import com.amazonaws.services.dynamodbv2.model.Delete;
import com.amazonaws.services.dynamodbv2.model.GetItemRequest;
import com.amazonaws.services.dynamodbv2.model.Put;
import com.amazonaws.services.dynamodbv2.model.QueryRequest;
import com.amazonaws.services.dynamodbv2.model.QueryResult;
import com.amazonaws.services.dynamodbv2.model.ReturnValue;
import com.amazonaws.services.dynamodbv2.model.TransactWriteItem;
import com.amazonaws.services.dynamodbv2.model.TransactWriteItemsRequest;
import com.amazonaws.services.dynamodbv2.model.TransactionCanceledException;
import com.amazonaws.services.dynamodbv2.model.TransactionConflictException;
import com.amazonaws.services.dynamodbv2.model.Update;
import com.amazonaws.services.dynamodbv2.model.UpdateItemRequest;
import com.shoptalk.wishlist.AddOutcome;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListBusyException;
import com.shoptalk.wishlist.WishListItem;
import com.shoptalk.wishlist.WishListOwner;
import com.shoptalk.wishlist.WishListRepository;
import com.shoptalk.wishlist.WishListSummary;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Wish lists in the ShopTalk table, in the owner's user partition {@code USER#<userId>} (so "delete
 * my data" takes them along).
 *
 * <h2>Item design</h2>
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
 *       handed out</td></tr>
 *   <tr><td>{@code WL#<owner>#<list>#I#<seq>}</td>
 *       <td>{@code productId, title, spokenName, price, currency, imageLink, link, addedAt}</td>
 *       <td>an entry; {@code seq} is zero-padded to 10 digits, so sort order is the order added</td></tr>
 *   <tr><td>{@code WL#<owner>#<list>#P#<productId>}</td>
 *       <td>{@code itemSk}</td>
 *       <td>marks a product as on the list and points at its entry</td></tr>
 * </table>
 *
 * <p>Reading a list is one query ({@code begins_with(sk, "WL#<owner>#<list>#I#")}); "which lists
 * do I have" is one query ({@code begins_with(sk, "WLMETA#<owner>#")}). {@code price} is stored as
 * a string so that its scale survives ("19.90" stays "19.90").
 *
 * <h2>Concurrency</h2>
 *
 * <p>An entry, its product marker and the list's {@code count} only change together, in one
 * {@code TransactWriteItems}. Adding first takes a sequence number (an atomic {@code nextSeq + 1}
 * on the list item, which also creates the list), then writes in one transaction: the list's
 * {@code count + 1} on condition {@code count < :max}, the marker on condition
 * {@code attribute_not_exists}, and the entry. So a product is never on a list twice and a list
 * never exceeds the limit, however many devices add at once. Removing deletes marker and entry on
 * condition that the marker still points at that entry, and decrements {@code count}. Transactions
 * that collide with another are retried a few times with a small random backoff; then
 * {@link WishListBusyException}.
 */
public final class DynamoWishListRepository implements WishListRepository {
  private static final int MAX_ATTEMPTS = 25;
  private static final long MAX_BACKOFF_MILLIS = 100;
  /** A transaction holds at most 100 actions: pairs of marker and entry plus the list item. */
  private static final int CLEAR_CHUNK = 49;
  private static final String CONDITION_FAILED = "ConditionalCheckFailed";
  private static final String NO_FAILURE = "None";
  /** Cancellation reasons worth another attempt besides a failed condition. */
  private static final Set<String> TRANSIENT =
      Set.of("TransactionConflict", "ThrottlingError", "ProvisionedThroughputExceeded");

  private static final Map<String, String> COUNT = Map.of("#count", "count");
  private static final AttributeValue ONE = number(1);

  private final DynamoTable table;

  public DynamoWishListRepository(DynamoTable table) {
    this.table = Objects.requireNonNull(table, "table");
  }

  @Override
  public AddOutcome add(WishListOwner owner, ListName list, WishListItem item, int maxItems) {
    Objects.requireNonNull(item.addedAt(), "item.addedAt");
    Keys keys = new Keys(owner, list);
    long seq = sequenceNumber(keys, list, item.addedAt());
    String itemSk = keys.itemSk(seq);
    String markerSk = keys.markerSk(item.productId());
    var request = new TransactWriteItemsRequest().withTransactItems(
        new TransactWriteItem().withUpdate(new Update()
            .withTableName(table.name())
            .withKey(key(keys.pk, keys.metaSk))
            .withUpdateExpression("SET #count = #count + :one")
            .withConditionExpression("#count < :max")
            .withExpressionAttributeNames(COUNT)
            .withExpressionAttributeValues(Map.of(":one", ONE, ":max", number(maxItems)))),
        new TransactWriteItem().withPut(new Put()
            .withTableName(table.name())
            .withItem(markerItem(keys.pk, markerSk, item.productId(), itemSk))
            .withConditionExpression("attribute_not_exists(#sk)")
            .withExpressionAttributeNames(Map.of("#sk", DynamoTable.SK))),
        new TransactWriteItem().withPut(new Put()
            .withTableName(table.name())
            .withItem(entryItem(keys.pk, itemSk, seq, item))
            .withConditionExpression("attribute_not_exists(#sk)")
            .withExpressionAttributeNames(Map.of("#sk", DynamoTable.SK))));
    for (int attempt = 1; ; attempt++) {
      try {
        table.client().transactWriteItems(request);
        return AddOutcome.ADDED;
      } catch (TransactionCanceledException cancelled) {
        List<String> reasons = reasons(cancelled);
        if (CONDITION_FAILED.equals(reasons.get(1))) {
          return AddOutcome.ALREADY_ON_LIST;
        }
        if (CONDITION_FAILED.equals(reasons.get(0))) {
          // DynamoDB may stop checking at the first failed condition: tell "full" from "on it already".
          return exists(keys.pk, markerSk) ? AddOutcome.ALREADY_ON_LIST : AddOutcome.LIST_FULL;
        }
        retryIfTransient(attempt, cancelled, "add to");
      } catch (TransactionConflictException conflict) {
        retryLater(attempt, conflict, "add to");
      }
    }
  }

  @Override
  public List<WishListItem> items(WishListOwner owner, ListName list) {
    Keys keys = new Keys(owner, list);
    var items = new ArrayList<WishListItem>();
    for (var entry : queryPrefix(keys.pk, keys.itemPrefix)) {
      items.add(toItem(entry));
    }
    return items;
  }

  @Override
  public boolean remove(WishListOwner owner, ListName list, String productId) {
    Keys keys = new Keys(owner, list);
    String markerSk = keys.markerSk(productId);
    for (int attempt = 1; ; attempt++) {
      var marker = table.client().getItem(new GetItemRequest()
          .withTableName(table.name())
          .withKey(key(keys.pk, markerSk))
          .withConsistentRead(true)).getItem();
      if (marker == null) {
        return false;
      }
      var actions = new ArrayList<TransactWriteItem>(deleteEntry(keys.pk, marker));
      actions.add(decrementCount(keys, 1));
      try {
        table.client().transactWriteItems(new TransactWriteItemsRequest().withTransactItems(actions));
        return true;
      } catch (TransactionCanceledException cancelled) {
        // A failed condition means the list changed under us: read the marker again.
        retryIfTransient(attempt, cancelled, "remove from");
      } catch (TransactionConflictException conflict) {
        retryLater(attempt, conflict, "remove from");
      }
    }
  }

  @Override
  public int clear(WishListOwner owner, ListName list) {
    Keys keys = new Keys(owner, list);
    int removed = 0;
    for (int attempt = 1; ; attempt++) {
      List<Map<String, AttributeValue>> markers = queryPrefix(keys.pk, keys.markerPrefix);
      if (markers.isEmpty()) {
        return removed;
      }
      try {
        for (int from = 0; from < markers.size(); from += CLEAR_CHUNK) {
          var chunk = markers.subList(from, Math.min(markers.size(), from + CLEAR_CHUNK));
          var actions = new ArrayList<TransactWriteItem>();
          for (var marker : chunk) {
            actions.addAll(deleteEntry(keys.pk, marker));
          }
          actions.add(decrementCount(keys, chunk.size()));
          table.client().transactWriteItems(new TransactWriteItemsRequest().withTransactItems(actions));
          removed += chunk.size();
        }
        return removed;
      } catch (TransactionCanceledException cancelled) {
        retryIfTransient(attempt, cancelled, "clear");
      } catch (TransactionConflictException conflict) {
        retryLater(attempt, conflict, "clear");
      }
    }
  }

  @Override
  public ListName create(WishListOwner owner, ListName list, Instant now) {
    Keys keys = new Keys(owner, list);
    var meta = touchList(keys, list, now, false);
    return new ListName(list.key(), string(meta, "displayName"));
  }

  @Override
  public List<WishListSummary> lists(WishListOwner owner) {
    String prefix = Keys.META + Keys.ownerSegment(owner) + "#";
    var lists = new ArrayList<WishListSummary>();
    for (var meta : queryPrefix(DynamoUserRepository.userKey(owner.userId()), prefix)) {
      lists.add(new WishListSummary(
          new ListName(meta.get("listKey").getS(), string(meta, "displayName")),
          Integer.parseInt(meta.get("count").getN()),
          Instant.parse(meta.get("createdAt").getS())));
    }
    return lists;
  }

  /** Hands out the next sequence number of a list, creating the list item on first use. */
  private long sequenceNumber(Keys keys, ListName list, Instant now) {
    return Long.parseLong(touchList(keys, list, now, true).get("nextSeq").getN());
  }

  private Map<String, AttributeValue> touchList(Keys keys, ListName list, Instant now, boolean nextSeq) {
    var values = new HashMap<String, AttributeValue>();
    values.put(":zero", number(0));
    values.put(":key", new AttributeValue(list.key()));
    values.put(":now", new AttributeValue(now.toString()));
    var expression = new StringBuilder("SET #count = if_not_exists(#count, :zero), listKey = :key, "
        + "createdAt = if_not_exists(createdAt, :now)");
    if (nextSeq) {
      values.put(":one", ONE);
      expression.append(", nextSeq = if_not_exists(nextSeq, :zero) + :one");
    } else {
      expression.append(", nextSeq = if_not_exists(nextSeq, :zero)");
    }
    if (!list.displayName().isEmpty()) {
      values.put(":name", new AttributeValue(list.displayName()));
      expression.append(", displayName = if_not_exists(displayName, :name)");
    }
    var request = new UpdateItemRequest()
        .withTableName(table.name())
        .withKey(key(keys.pk, keys.metaSk))
        .withUpdateExpression(expression.toString())
        .withExpressionAttributeNames(COUNT)
        .withExpressionAttributeValues(values)
        .withReturnValues(ReturnValue.ALL_NEW);
    for (int attempt = 1; ; attempt++) {
      try {
        return table.client().updateItem(request).getAttributes();
      } catch (TransactionConflictException conflict) {
        retryLater(attempt, conflict, "update");
      }
    }
  }

  /** Deletes a product's marker and entry, on condition the marker still points at that entry. */
  private List<TransactWriteItem> deleteEntry(String pk, Map<String, AttributeValue> marker) {
    String itemSk = marker.get("itemSk").getS();
    return List.of(
        new TransactWriteItem().withDelete(new Delete()
            .withTableName(table.name())
            .withKey(key(pk, marker.get(DynamoTable.SK).getS()))
            .withConditionExpression("itemSk = :itemSk")
            .withExpressionAttributeValues(Map.of(":itemSk", new AttributeValue(itemSk)))),
        new TransactWriteItem().withDelete(new Delete()
            .withTableName(table.name())
            .withKey(key(pk, itemSk))
            .withConditionExpression("attribute_exists(#sk)")
            .withExpressionAttributeNames(Map.of("#sk", DynamoTable.SK))));
  }

  private TransactWriteItem decrementCount(Keys keys, int by) {
    return new TransactWriteItem().withUpdate(new Update()
        .withTableName(table.name())
        .withKey(key(keys.pk, keys.metaSk))
        .withUpdateExpression("SET #count = #count - :by")
        .withConditionExpression("#count >= :by")
        .withExpressionAttributeNames(COUNT)
        .withExpressionAttributeValues(Map.of(":by", number(by))));
  }

  private boolean exists(String pk, String sk) {
    return table.client().getItem(new GetItemRequest()
        .withTableName(table.name())
        .withKey(key(pk, sk))
        .withConsistentRead(true)).getItem() != null;
  }

  private List<Map<String, AttributeValue>> queryPrefix(String pk, String prefix) {
    var items = new ArrayList<Map<String, AttributeValue>>();
    Map<String, AttributeValue> start = null;
    do {
      QueryResult page = table.client().query(new QueryRequest()
          .withTableName(table.name())
          .withKeyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
          .withExpressionAttributeNames(Map.of("#pk", DynamoTable.PK, "#sk", DynamoTable.SK))
          .withExpressionAttributeValues(Map.of(
              ":pk", new AttributeValue(pk), ":prefix", new AttributeValue(prefix)))
          .withConsistentRead(true)
          .withExclusiveStartKey(start));
      items.addAll(page.getItems());
      start = page.getLastEvaluatedKey();
    } while (start != null && !start.isEmpty());
    return items;
  }

  private static Map<String, AttributeValue> markerItem(String pk, String sk, String productId, String itemSk) {
    var item = new HashMap<>(key(pk, sk));
    item.put("productId", new AttributeValue(productId));
    item.put("itemSk", new AttributeValue(itemSk));
    return item;
  }

  private static Map<String, AttributeValue> entryItem(String pk, String sk, long seq, WishListItem entry) {
    var item = new HashMap<>(key(pk, sk));
    item.put("seq", number(seq));
    item.put("productId", new AttributeValue(entry.productId()));
    item.put("title", new AttributeValue(entry.title()));
    item.put("spokenName", new AttributeValue(entry.spokenName()));
    putIfPresent(item, "price", entry.price() == null ? null : entry.price().toPlainString());
    putIfPresent(item, "currency", entry.currency());
    putIfPresent(item, "imageLink", entry.imageLink());
    putIfPresent(item, "link", entry.link());
    item.put("addedAt", new AttributeValue(entry.addedAt().toString()));
    return item;
  }

  private static WishListItem toItem(Map<String, AttributeValue> entry) {
    String price = string(entry, "price");
    return new WishListItem(
        entry.get("productId").getS(),
        entry.get("title").getS(),
        string(entry, "spokenName"),
        price.isEmpty() ? null : new BigDecimal(price),
        nullIfEmpty(string(entry, "currency")),
        nullIfEmpty(string(entry, "imageLink")),
        nullIfEmpty(string(entry, "link")),
        Instant.parse(entry.get("addedAt").getS()));
  }

  private static void putIfPresent(Map<String, AttributeValue> item, String name, String value) {
    if (value != null && !value.isEmpty()) {
      item.put(name, new AttributeValue(value));
    }
  }

  private static String string(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || value.getS() == null ? "" : value.getS();
  }

  private static String nullIfEmpty(String value) {
    return value.isEmpty() ? null : value;
  }

  private static List<String> reasons(TransactionCanceledException cancelled) {
    var reasons = new ArrayList<String>();
    if (cancelled.getCancellationReasons() != null) {
      for (CancellationReason reason : cancelled.getCancellationReasons()) {
        reasons.add(reason.getCode() == null ? NO_FAILURE : reason.getCode());
      }
    }
    while (reasons.size() < 3) {
      reasons.add(NO_FAILURE);
    }
    return reasons;
  }

  /**
   * Retries a cancelled transaction when it failed on a condition (the list changed meanwhile) or
   * on something passing; rethrows anything else, which would be a bug or a misconfiguration.
   */
  private static void retryIfTransient(int attempt, TransactionCanceledException cancelled, String what) {
    for (String reason : reasons(cancelled)) {
      if (!NO_FAILURE.equals(reason) && !CONDITION_FAILED.equals(reason) && !TRANSIENT.contains(reason)) {
        throw cancelled;
      }
    }
    retryLater(attempt, cancelled, what);
  }

  /** Waits a little before the next attempt, or gives up after {@value #MAX_ATTEMPTS} attempts. */
  private static void retryLater(int attempt, RuntimeException cause, String what) {
    if (attempt >= MAX_ATTEMPTS) {
      throw new WishListBusyException("could not " + what + " a wish list after " + attempt
          + " attempts; it kept changing", cause);
    }
    DynamoTable.backOff(Math.min(MAX_BACKOFF_MILLIS, 2L << Math.min(attempt, 6)));
  }

  private static Map<String, AttributeValue> key(String pk, String sk) {
    return DynamoTable.key(pk, sk);
  }

  private static AttributeValue number(long value) {
    return new AttributeValue().withN(Long.toString(value));
  }

  /** The keys of one list. */
  private static final class Keys {
    static final String META = "WLMETA#";
    static final String ENTRY = "WL#";

    final String pk;
    final String metaSk;
    final String itemPrefix;
    final String markerPrefix;

    Keys(WishListOwner owner, ListName list) {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(list, "list");
      this.pk = DynamoUserRepository.userKey(owner.userId());
      String scope = ownerSegment(owner) + "#" + list.key();
      this.metaSk = META + scope;
      this.itemPrefix = ENTRY + scope + "#I#";
      this.markerPrefix = ENTRY + scope + "#P#";
    }

    static String ownerSegment(WishListOwner owner) {
      return owner.personId() == null
          ? "ACCOUNT"
          : "PERSON#" + URLEncoder.encode(owner.personId(), StandardCharsets.UTF_8);
    }

    String itemSk(long seq) {
      return itemPrefix + String.format("%010d", seq);
    }

    String markerSk(String productId) {
      return markerPrefix + productId;
    }
  }
}
