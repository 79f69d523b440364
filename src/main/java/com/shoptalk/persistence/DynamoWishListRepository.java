package com.shoptalk.persistence;

import static com.shoptalk.persistence.Items.n;
import static com.shoptalk.persistence.Items.s;
import static com.shoptalk.persistence.Items.str;

import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.amazonaws.services.dynamodbv2.model.Delete;
import com.amazonaws.services.dynamodbv2.model.Put;
import com.amazonaws.services.dynamodbv2.model.ReturnValue;
import com.amazonaws.services.dynamodbv2.model.TransactWriteItem;
import com.amazonaws.services.dynamodbv2.model.TransactWriteItemsRequest;
import com.amazonaws.services.dynamodbv2.model.TransactionCanceledException;
import com.amazonaws.services.dynamodbv2.model.TransactionConflictException;
import com.amazonaws.services.dynamodbv2.model.Update;
import com.amazonaws.services.dynamodbv2.model.UpdateItemRequest;
import com.shoptalk.storage.StorageUnavailableException;
import com.shoptalk.wishlist.AddOutcome;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListBusyException;
import com.shoptalk.wishlist.WishListItem;
import com.shoptalk.wishlist.WishListOwner;
import com.shoptalk.wishlist.WishListRepository;
import com.shoptalk.wishlist.WishListSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Wish lists in the ShopTalk table; {@link WishListItems} describes the items.
 *
 * <h2>Concurrency</h2>
 *
 * <p>An entry, its product marker and the list's {@code count} only change together, in one
 * {@code TransactWriteItems}. Adding is that one transaction: on the list item (created if need
 * be) {@code count + 1} on condition {@code count < :max} and {@code nextSeq = :seq} on condition
 * {@code nextSeq < :seq}; the marker on condition {@code attribute_not_exists}; and the entry under
 * {@code seq}. {@code seq} is the add's time in milliseconds; when the list handed out that number
 * or a later one already (another add in the same millisecond, a clock behind), the transaction is
 * cancelled, and the add reads the list item and takes {@code nextSeq + 1}. So every entry's number
 * is larger than those of the entries added before it, as the store ordered the adds, whatever the
 * clocks say; a product is never on a list twice and a list never exceeds the limit, however many
 * devices add at once. Removing deletes marker and entry on
 * condition that the marker still points at that entry, and decrements {@code count}. Transactions
 * that collide with another are retried ({@link Attempts}); then {@link WishListBusyException}.
 *
 * <h2>Repeated writes</h2>
 *
 * <p>Each add names itself in the marker it writes (a random {@code addId}), so a marker with this
 * add's id means that an earlier attempt of it went through although its answer was lost: the add reports
 * {@link AddOutcome#ADDED}, not "already on the list"; when the store gave no answer at all, one
 * read of the marker tells whether the add went through before it is reported as not done. A
 * transaction the SDK repeats carries the same client request token, which DynamoDB applies once.
 */
public final class DynamoWishListRepository implements WishListRepository {
  /**
   * A transaction holds at most 100 actions: per product its marker, entry and a friend's
   * reservation of it (on a shared list), plus the list item.
   */
  private static final int CLEAR_CHUNK = 33;
  private static final Map<String, String> COUNT = Map.of("#count", "count");

  private final DynamoTable table;

  public DynamoWishListRepository(DynamoTable table) {
    this.table = Objects.requireNonNull(table, "table");
  }

  @Override
  public AddOutcome add(WishListOwner owner, ListName list, WishListItem item, int maxItems) {
    Objects.requireNonNull(item.addedAt(), "item.addedAt");
    var keys = new WishListItems(owner, list);
    String markerSk = keys.markerSk(item.productId());
    // The add's own clock reading is its sequence number unless the list handed out a later one.
    long seq = Math.max(1, item.addedAt().toEpochMilli());
    // Names this add in the marker: two adds may share a millisecond, never this.
    String addId = UUID.randomUUID().toString();
    var attempts = Attempts.to("add to a wish list", WishListBusyException::new);
    for (;;) {
      try {
        table.client().transactWriteItems(addition(keys, list, item, seq, addId, maxItems));
        return AddOutcome.ADDED;
      } catch (StorageUnavailableException unknown) {
        // The answer was lost, but the add may have gone through: look once before saying no.
        if (markerOf(keys, markerSk, addId)) {
          return AddOutcome.ADDED;
        }
        throw unknown;
      } catch (TransactionCanceledException cancelled) {
        // DynamoDB may stop checking at the first failed condition: a full list, or one that handed
        // out a later sequence number, may also hold the product.
        if (Attempts.conditionFailed(cancelled, 1)) {
          var marker = table.get(keys.pk, markerSk);
          if (marker != null) {
            return addId.equals(str(marker, "addId")) ? AddOutcome.ADDED : AddOutcome.ALREADY_ON_LIST;
          }
        }
        if (Attempts.conditionFailed(cancelled, 0) || Attempts.conditionFailed(cancelled, 2)) {
          var meta = table.get(keys.pk, keys.metaSk);
          if (meta != null && Items.number(meta, "count") >= maxItems) {
            var marker = table.get(keys.pk, markerSk);
            if (marker != null) {
              return addId.equals(str(marker, "addId")) ? AddOutcome.ADDED : AddOutcome.ALREADY_ON_LIST;
            }
            return AddOutcome.LIST_FULL;
          }
          long last = meta == null || !meta.containsKey("nextSeq") ? 0 : Items.number(meta, "nextSeq");
          if (last >= seq) {
            // Another add (or one on a clock ahead of ours) took a later number: go after it.
            seq = last + 1;
            attempts.failed(cancelled);
            continue;
          }
        }
        attempts.failed(cancelled);
      } catch (TransactionConflictException conflict) {
        attempts.failed(conflict);
      }
    }
  }

  /**
   * The one transaction of an add: the list item (created if need be) takes the entry's sequence
   * number on condition that it is later than every one handed out, and counts it on condition
   * that the list has room; the marker on condition that the product is not on the list; the entry.
   */
  private TransactWriteItemsRequest addition(WishListItems keys, ListName list, WishListItem item, long seq, String addId,
      int maxItems) {
    var values = new HashMap<String, AttributeValue>();
    values.put(":zero", n(0));
    values.put(":one", n(1));
    values.put(":max", n(maxItems));
    values.put(":seq", n(seq));
    values.put(":key", s(list.key()));
    values.put(":now", s(item.addedAt().toString()));
    var expression = new StringBuilder("SET #count = if_not_exists(#count, :zero) + :one, nextSeq = :seq, "
        + "listKey = :key, createdAt = if_not_exists(createdAt, :now)");
    if (!list.displayName().isEmpty()) {
      values.put(":name", s(list.displayName()));
      expression.append(", displayName = if_not_exists(displayName, :name)");
    }
    String itemSk = keys.itemSk(seq);
    return new TransactWriteItemsRequest().withTransactItems(
        new TransactWriteItem().withUpdate(new Update()
            .withTableName(table.name())
            .withKey(DynamoTable.key(keys.pk, keys.metaSk))
            .withUpdateExpression(expression.toString())
            .withConditionExpression("(attribute_not_exists(#count) OR #count < :max) "
                + "AND (attribute_not_exists(nextSeq) OR nextSeq < :seq)")
            .withExpressionAttributeNames(COUNT)
            .withExpressionAttributeValues(values)),
        new TransactWriteItem().withPut(new Put()
            .withTableName(table.name())
            .withItem(keys.marker(item.productId(), itemSk, addId))
            .withConditionExpression("attribute_not_exists(#sk)")
            .withExpressionAttributeNames(Map.of("#sk", DynamoTable.SK))),
        new TransactWriteItem().withPut(new Put()
            .withTableName(table.name())
            .withItem(keys.entry(seq, item))
            .withConditionExpression("attribute_not_exists(#sk)")
            .withExpressionAttributeNames(Map.of("#sk", DynamoTable.SK))));
  }

  @Override
  public List<WishListItem> items(WishListOwner owner, ListName list) {
    var keys = new WishListItems(owner, list);
    return table.query(keys.pk, keys.itemPrefix, true).stream().map(WishListItems::toItem).toList();
  }

  @Override
  public boolean remove(WishListOwner owner, ListName list, String productId) {
    var keys = new WishListItems(owner, list);
    String markerSk = keys.markerSk(productId);
    var attempts = Attempts.to("remove from a wish list", WishListBusyException::new);
    for (;;) {
      var marker = table.get(keys.pk, markerSk);
      if (marker == null) {
        return false;
      }
      var actions = new ArrayList<>(deleteEntry(keys.pk, marker));
      actions.add(decrementCount(keys, 1));
      try {
        table.client().transactWriteItems(new TransactWriteItemsRequest().withTransactItems(actions));
        return true;
      } catch (TransactionCanceledException cancelled) {
        // A failed condition means the list changed under us: read the marker again.
        attempts.failed(cancelled);
      } catch (TransactionConflictException conflict) {
        attempts.failed(conflict);
      }
    }
  }

  @Override
  public int clear(WishListOwner owner, ListName list) {
    var keys = new WishListItems(owner, list);
    int removed = 0;
    var attempts = Attempts.to("clear a wish list", WishListBusyException::new);
    for (;;) {
      List<Map<String, AttributeValue>> markers = table.query(keys.pk, keys.markerPrefix, true);
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
        attempts.failed(cancelled);
      } catch (TransactionConflictException conflict) {
        attempts.failed(conflict);
      }
    }
  }

  @Override
  public ListName create(WishListOwner owner, ListName list, Instant now) {
    var meta = touchList(new WishListItems(owner, list), list, now);
    return new ListName(list.key(), WishListItems.displayName(meta));
  }

  @Override
  public List<WishListSummary> lists(WishListOwner owner) {
    return table.query(DynamoUserRepository.userKey(owner.userId()), WishListItems.listsPrefix(owner), true).stream()
        .map(WishListItems::toSummary)
        .toList();
  }

  @Override
  public void deleteAllOf(String userId) {
    table.deleteAll(table.query(DynamoUserRepository.userKey(userId), WishListItems.ANY, true));
  }

  /** Creates the list item unless it exists and returns it. */
  private Map<String, AttributeValue> touchList(WishListItems keys, ListName list, Instant now) {
    var values = new HashMap<String, AttributeValue>();
    values.put(":zero", n(0));
    values.put(":key", s(list.key()));
    values.put(":now", s(now.toString()));
    var expression = new StringBuilder("SET #count = if_not_exists(#count, :zero), listKey = :key, "
        + "createdAt = if_not_exists(createdAt, :now), nextSeq = if_not_exists(nextSeq, :zero)");
    if (!list.displayName().isEmpty()) {
      values.put(":name", s(list.displayName()));
      expression.append(", displayName = if_not_exists(displayName, :name)");
    }
    var request = new UpdateItemRequest()
        .withTableName(table.name())
        .withKey(DynamoTable.key(keys.pk, keys.metaSk))
        .withUpdateExpression(expression.toString())
        .withExpressionAttributeNames(COUNT)
        .withExpressionAttributeValues(values)
        .withReturnValues(ReturnValue.ALL_NEW);
    var attempts = Attempts.to("update a wish list", WishListBusyException::new);
    for (;;) {
      try {
        return table.client().updateItem(request).getAttributes();
      } catch (TransactionConflictException conflict) {
        attempts.failed(conflict);
      }
    }
  }

  /** Whether the product's marker was written by this add; {@code false} when the store cannot say. */
  private boolean markerOf(WishListItems keys, String markerSk, String addId) {
    try {
      var marker = table.get(keys.pk, markerSk);
      return marker != null && addId.equals(str(marker, "addId"));
    } catch (StorageUnavailableException stillUnavailable) {
      return false;
    }
  }

  /**
   * Deletes a product's marker and entry, on condition the marker still points at that entry, and
   * a friend's reservation of the entry if there is one.
   */
  private List<TransactWriteItem> deleteEntry(String pk, Map<String, AttributeValue> marker) {
    String itemSk = str(marker, "itemSk");
    return List.of(
        new TransactWriteItem().withDelete(new Delete()
            .withTableName(table.name())
            .withKey(DynamoTable.key(pk, WishListItems.reservationSkOf(itemSk)))),
        new TransactWriteItem().withDelete(new Delete()
            .withTableName(table.name())
            .withKey(DynamoTable.key(pk, Items.sk(marker)))
            .withConditionExpression("itemSk = :itemSk")
            .withExpressionAttributeValues(Map.of(":itemSk", s(itemSk)))),
        new TransactWriteItem().withDelete(new Delete()
            .withTableName(table.name())
            .withKey(DynamoTable.key(pk, itemSk))
            .withConditionExpression("attribute_exists(#sk)")
            .withExpressionAttributeNames(Map.of("#sk", DynamoTable.SK))));
  }

  private TransactWriteItem decrementCount(WishListItems keys, int by) {
    return new TransactWriteItem().withUpdate(new Update()
        .withTableName(table.name())
        .withKey(DynamoTable.key(keys.pk, keys.metaSk))
        .withUpdateExpression("SET #count = #count - :by")
        .withConditionExpression("#count >= :by")
        .withExpressionAttributeNames(COUNT)
        .withExpressionAttributeValues(Map.of(":by", n(by))));
  }
}
