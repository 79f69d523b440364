package com.shoptalk.persistence;

import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.amazonaws.services.dynamodbv2.model.DeleteRequest;
import com.amazonaws.services.dynamodbv2.model.GetItemRequest;
import com.amazonaws.services.dynamodbv2.model.UpdateItemRequest;
import com.amazonaws.services.dynamodbv2.model.QueryRequest;
import com.amazonaws.services.dynamodbv2.model.QueryResult;
import com.amazonaws.services.dynamodbv2.model.WriteRequest;
import com.shoptalk.user.UserProfile;
import com.shoptalk.user.UserRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * User profiles in the ShopTalk table.
 *
 * <p>Everything a user owns lives in one partition, {@code USER#<userId>}: the profile ({@code sk =
 * PROFILE}) and the items other repositories add there (wish lists, references to questions). That
 * makes "delete my data" one query away.
 */
public final class DynamoUserRepository implements UserRepository {
  private static final String PROFILE = "PROFILE";

  private final DynamoTable table;
  private final List<Consumer<Map<String, AttributeValue>>> onDelete = new ArrayList<>();

  public DynamoUserRepository(DynamoTable table) {
    this.table = table;
  }

  /** The partition key of a user's partition. */
  public static String userKey(String userId) {
    return "USER#" + userId;
  }

  /**
   * Registers a hook that sees each item of a user's partition before it is deleted, so that data
   * stored elsewhere (a question's votes, say) goes with it.
   */
  public void onDelete(Consumer<Map<String, AttributeValue>> hook) {
    onDelete.add(hook);
  }

  @Override
  public Optional<UserProfile> find(String userId) {
    var item = table.client().getItem(new GetItemRequest()
        .withTableName(table.name())
        .withKey(key(userId))
        .withConsistentRead(true)).getItem();
    if (item == null) {
      return Optional.empty();
    }
    return Optional.of(new UserProfile(
        userId,
        item.containsKey("lastVisit") ? Instant.parse(item.get("lastVisit").getS()) : null,
        item.containsKey("lastSearch") ? item.get("lastSearch").getS() : null));
  }

  @Override
  public void save(UserProfile profile) {
    // Only the fields this profile has are set, so two devices saving at once (one the visit,
    // the other the search) do not overwrite each other with stale values.
    var names = new HashMap<String, String>();
    var values = new HashMap<String, AttributeValue>();
    var sets = new java.util.ArrayList<String>();
    if (profile.lastVisit() != null) {
      names.put("#v", "lastVisit");
      values.put(":v", new AttributeValue(profile.lastVisit().toString()));
      sets.add("#v = :v");
    }
    if (profile.lastSearch() != null && !profile.lastSearch().isBlank()) {
      names.put("#s", "lastSearch");
      values.put(":s", new AttributeValue(profile.lastSearch()));
      sets.add("#s = :s");
    }
    var update = new UpdateItemRequest().withTableName(table.name()).withKey(key(profile.userId()));
    if (!sets.isEmpty()) {
      update.withUpdateExpression("SET " + String.join(", ", sets))
          .withExpressionAttributeNames(names)
          .withExpressionAttributeValues(values);
    }
    table.client().updateItem(update);
  }

  @Override
  public void deleteAllData(String userId) {
    Map<String, AttributeValue> start = null;
    do {
      QueryResult page = table.client().query(new QueryRequest()
          .withTableName(table.name())
          .withKeyConditionExpression("#pk = :pk")
          .withExpressionAttributeNames(Map.of("#pk", DynamoTable.PK))
          .withExpressionAttributeValues(Map.of(":pk", new AttributeValue(userKey(userId))))
          .withConsistentRead(true)
          .withExclusiveStartKey(start));
      var deletes = new ArrayList<WriteRequest>();
      for (var item : page.getItems()) {
        onDelete.forEach(hook -> hook.accept(item));
        deletes.add(new WriteRequest(new DeleteRequest(Map.of(
            DynamoTable.PK, item.get(DynamoTable.PK), DynamoTable.SK, item.get(DynamoTable.SK)))));
      }
      DynamoBatch.write(table, deletes);
      start = page.getLastEvaluatedKey();
    } while (start != null && !start.isEmpty());
  }

  private static Map<String, AttributeValue> key(String userId) {
    return Map.of(
        DynamoTable.PK, new AttributeValue(userKey(userId)),
        DynamoTable.SK, new AttributeValue(PROFILE));
  }
}
