package com.shoptalk.persistence;

import static com.shoptalk.persistence.Items.s;
import static com.shoptalk.persistence.Items.str;

import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.amazonaws.services.dynamodbv2.model.DeleteItemRequest;
import com.amazonaws.services.dynamodbv2.model.UpdateItemRequest;
import com.shoptalk.user.UserProfile;
import com.shoptalk.user.UserRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * User profiles in the ShopTalk table.
 *
 * <p>Everything a user owns lives in one partition, {@code USER#<userId>}: the profile ({@code sk =
 * PROFILE}) and the items other repositories add there (wish lists, references to questions). Each
 * repository deletes its own part of it ({@link com.shoptalk.user.AccountDeletion}).
 */
public final class DynamoUserRepository implements UserRepository {
  private static final String PROFILE = "PROFILE";

  private final DynamoTable table;

  public DynamoUserRepository(DynamoTable table) {
    this.table = table;
  }

  /** The partition key of a user's partition. */
  public static String userKey(String userId) {
    return "USER#" + userId;
  }

  @Override
  public Optional<UserProfile> find(String userId) {
    var item = table.get(userKey(userId), PROFILE);
    if (item == null) {
      return Optional.empty();
    }
    String lastVisit = str(item, "lastVisit");
    return Optional.of(new UserProfile(userId, lastVisit == null ? null : Instant.parse(lastVisit), str(item, "lastSearch")));
  }

  @Override
  public void save(UserProfile profile) {
    // Only the fields this profile has are set, so two devices saving at once (one the visit,
    // the other the search) do not overwrite each other with stale values.
    var names = new HashMap<String, String>();
    var values = new HashMap<String, AttributeValue>();
    var sets = new ArrayList<String>();
    if (profile.lastVisit() != null) {
      names.put("#v", "lastVisit");
      values.put(":v", s(profile.lastVisit().toString()));
      sets.add("#v = :v");
    }
    if (profile.lastSearch() != null && !profile.lastSearch().isBlank()) {
      names.put("#s", "lastSearch");
      values.put(":s", s(profile.lastSearch()));
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
  public void deleteAllOf(String userId) {
    table.client().deleteItem(new DeleteItemRequest().withTableName(table.name()).withKey(key(userId)));
  }

  private static Map<String, AttributeValue> key(String userId) {
    return DynamoTable.key(userKey(userId), PROFILE);
  }
}
