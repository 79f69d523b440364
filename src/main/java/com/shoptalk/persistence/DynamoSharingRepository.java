package com.shoptalk.persistence;

import static com.shoptalk.persistence.Items.bool;
import static com.shoptalk.persistence.Items.s;
import static com.shoptalk.persistence.Items.str;

import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.amazonaws.services.dynamodbv2.model.ConditionCheck;
import com.amazonaws.services.dynamodbv2.model.ConditionalCheckFailedException;
import com.amazonaws.services.dynamodbv2.model.DeleteItemRequest;
import com.amazonaws.services.dynamodbv2.model.Put;
import com.amazonaws.services.dynamodbv2.model.TransactWriteItem;
import com.amazonaws.services.dynamodbv2.model.TransactWriteItemsRequest;
import com.amazonaws.services.dynamodbv2.model.TransactionCanceledException;
import com.amazonaws.services.dynamodbv2.model.TransactionConflictException;
import com.amazonaws.services.dynamodbv2.model.UpdateItemRequest;
import com.shoptalk.sharing.ListShare;
import com.shoptalk.sharing.Reservation;
import com.shoptalk.sharing.ReservationOutcome;
import com.shoptalk.sharing.SharedItem;
import com.shoptalk.sharing.SharingRepository;
import com.shoptalk.storage.StorageUnavailableException;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListOwner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Shares and reservations in the ShopTalk table; {@link ShareItems} describes the items.
 *
 * <h2>Exactly one friend per wish</h2>
 *
 * <p>A reservation is one transaction: a condition check that the wish's entry is still on the list
 * and a put of the reservation on condition that there is none. Removing a wish deletes its entry
 * and its reservation in one transaction too ({@link DynamoWishListRepository}), so a reservation
 * never outlives its wish. Transactions that collide with another are retried ({@link Attempts});
 * a failed condition is an answer (taken, gone), not a reason to retry. When the store gave no
 * answer at all, one read tells whether the reservation went through before it is reported as not
 * done.
 */
public final class DynamoSharingRepository implements SharingRepository {
  private static final Map<String, String> SK_NAME = Map.of("#sk", DynamoTable.SK);

  private final DynamoTable table;

  public DynamoSharingRepository(DynamoTable table) {
    this.table = Objects.requireNonNull(table, "table");
  }

  @Override
  public void create(ListShare share) {
    table.client().transactWriteItems(new TransactWriteItemsRequest().withTransactItems(
        new TransactWriteItem().withPut(new Put().withTableName(table.name()).withItem(ShareItems.share(share))
            .withConditionExpression("attribute_not_exists(#sk)")
            .withExpressionAttributeNames(SK_NAME)),
        new TransactWriteItem().withPut(new Put().withTableName(table.name()).withItem(ShareItems.ref(share)))));
  }

  @Override
  public Optional<ListShare> find(String token) {
    return Optional.ofNullable(table.get(ShareItems.shareKey(token), ShareItems.SHARE)).map(ShareItems::share);
  }

  @Override
  public List<ListShare> sharesOf(WishListOwner owner, ListName list) {
    return table.query(DynamoUserRepository.userKey(owner.userId()), ShareItems.refPrefix(owner, list), true).stream()
        .map(ShareItems::share)
        .sorted(Comparator.comparing(ListShare::createdAt).reversed())
        .toList();
  }

  @Override
  public List<ListShare> sharesOf(WishListOwner owner) {
    return table.query(DynamoUserRepository.userKey(owner.userId()), ShareItems.refPrefix(owner), true).stream()
        .map(ShareItems::share)
        .sorted(Comparator.comparing(ListShare::createdAt).reversed())
        .toList();
  }

  @Override
  public void revoke(ListShare revoked) {
    if (revoked.isShared()) {
      throw new IllegalArgumentException("not revoked");
    }
    // Both copies at once; revoking twice writes the same again.
    table.client().transactWriteItems(new TransactWriteItemsRequest().withTransactItems(
        new TransactWriteItem().withPut(new Put().withTableName(table.name()).withItem(ShareItems.share(revoked))),
        new TransactWriteItem().withPut(new Put().withTableName(table.name()).withItem(ShareItems.ref(revoked)))));
  }

  @Override
  public List<SharedItem> items(WishListOwner owner, ListName list) {
    var keys = new WishListItems(owner, list);
    var entries = new ArrayList<Map<String, AttributeValue>>();
    var reservations = new HashMap<Long, Reservation>();
    for (var item : table.query(keys.pk, keys.listPrefix, true)) {
      String sk = Items.sk(item);
      if (sk.startsWith(keys.itemPrefix)) {
        entries.add(item);
      } else if (sk.startsWith(keys.reservationPrefix)) {
        Reservation reservation = ShareItems.reservation(item);
        reservations.put(reservation.itemId(), reservation);
      }
    }
    return entries.stream()
        .map(entry -> {
          long seq = Items.number(entry, "seq");
          return new SharedItem(seq, WishListItems.toItem(entry), reservations.get(seq));
        })
        .toList();
  }

  @Override
  public ReservationOutcome reserve(WishListOwner owner, ListName list, Reservation reservation) {
    var keys = new WishListItems(owner, list);
    var request = new TransactWriteItemsRequest().withTransactItems(
        new TransactWriteItem().withConditionCheck(new ConditionCheck()
            .withTableName(table.name())
            .withKey(DynamoTable.key(keys.pk, keys.itemSk(reservation.itemId())))
            .withConditionExpression("attribute_exists(#sk)")
            .withExpressionAttributeNames(SK_NAME)),
        new TransactWriteItem().withPut(new Put()
            .withTableName(table.name())
            .withItem(ShareItems.reservation(keys, reservation))
            .withConditionExpression("attribute_not_exists(#sk)")
            .withExpressionAttributeNames(SK_NAME)));
    var attempts = Attempts.to("reserve a wish");
    for (;;) {
      try {
        table.client().transactWriteItems(request);
        return ReservationOutcome.RESERVED;
      } catch (StorageUnavailableException unknown) {
        // The answer was lost, but the reservation may have gone through: look once before saying no.
        if (reservedBy(keys, reservation)) {
          return ReservationOutcome.RESERVED;
        }
        throw unknown;
      } catch (TransactionCanceledException cancelled) {
        if (Attempts.conditionFailed(cancelled, 0)) {
          return ReservationOutcome.GONE;
        }
        if (Attempts.conditionFailed(cancelled, 1)) {
          var current = table.get(keys.pk, keys.reservationSk(reservation.itemId()));
          if (current != null) {
            return reservation.friendId().equals(str(current, "friend"))
                ? ReservationOutcome.ALREADY_YOURS : ReservationOutcome.TAKEN;
          }
          // given free again in the meantime: try once more
        }
        attempts.failed(cancelled);
      } catch (TransactionConflictException conflict) {
        attempts.failed(conflict);
      }
    }
  }

  /** Whether this very reservation (same friend, same moment) is stored; {@code false} when the store cannot say. */
  private boolean reservedBy(WishListItems keys, Reservation reservation) {
    try {
      var current = table.get(keys.pk, keys.reservationSk(reservation.itemId()));
      return current != null && reservation.equals(ShareItems.reservation(current));
    } catch (StorageUnavailableException stillUnavailable) {
      return false;
    }
  }

  @Override
  public boolean release(WishListOwner owner, ListName list, long itemId, String friendId) {
    var keys = new WishListItems(owner, list);
    try {
      table.client().deleteItem(new DeleteItemRequest()
          .withTableName(table.name())
          .withKey(DynamoTable.key(keys.pk, keys.reservationSk(itemId)))
          .withConditionExpression("#friend = :me")
          .withExpressionAttributeNames(Map.of("#friend", "friend"))
          .withExpressionAttributeValues(Map.of(":me", s(friendId))));
      return true;
    } catch (ConditionalCheckFailedException notTheirs) {
      return false;
    }
  }

  @Override
  public boolean markBought(WishListOwner owner, ListName list, long itemId, String friendId) {
    var keys = new WishListItems(owner, list);
    try {
      table.client().updateItem(new UpdateItemRequest()
          .withTableName(table.name())
          .withKey(DynamoTable.key(keys.pk, keys.reservationSk(itemId)))
          .withUpdateExpression("SET #bought = :true")
          .withConditionExpression("#friend = :me")
          .withExpressionAttributeNames(Map.of("#friend", "friend", "#bought", "bought"))
          .withExpressionAttributeValues(Map.of(":me", s(friendId), ":true", bool(true))));
      return true;
    } catch (ConditionalCheckFailedException notTheirs) {
      return false;
    }
  }

  @Override
  public void deleteAllOf(String userId) {
    String pk = DynamoUserRepository.userKey(userId);
    var doomed = new ArrayList<Map<String, AttributeValue>>();
    for (var ref : table.query(pk, ShareItems.REF_PREFIX, true)) {
      doomed.add(DynamoTable.key(ShareItems.shareKey(str(ref, "token")), ShareItems.SHARE));
      doomed.add(ref);
    }
    table.query(pk, WishListItems.ANY, true).stream().filter(ShareItems::isReservation).forEach(doomed::add);
    table.deleteAll(doomed);
  }
}
