package com.shoptalk.persistence;

import static com.shoptalk.persistence.Items.s;
import static com.shoptalk.persistence.Items.str;

import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.amazonaws.services.dynamodbv2.model.DeleteItemRequest;
import com.amazonaws.services.dynamodbv2.model.QueryRequest;
import com.amazonaws.services.dynamodbv2.model.UpdateItemRequest;
import com.shoptalk.question.OwnedQuestions;
import com.shoptalk.user.Arrival;
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
 *
 * <p>In sort-key order the partition holds the references to shared lists ({@code LSHARE#…},
 * {@link ShareItems}), the profile ({@code PROFILE}), the references to questions ({@code Q#…},
 * {@link QuestionItems}) and the wish lists ({@code WL#…}, {@code WLMETA#…}, {@link WishListItems}).
 * The profile and the question references are neighbours, so opening the skill reads both with one
 * query over the sort keys from {@code PROFILE} to the last {@code Q#…} ({@link #arrival}); a new kind
 * of item whose sort key falls between them would be read with them (and skipped).
 */
public final class DynamoUserRepository implements UserRepository {
  private static final String PROFILE = "PROFILE";
  /** Right after every question reference's sort key ({@code Q#…}): the prefix's last character, plus one. */
  private static final String AFTER_REFS = QuestionItems.REF_PREFIX.substring(0, QuestionItems.REF_PREFIX.length() - 1)
      + (char) (QuestionItems.REF_PREFIX.charAt(QuestionItems.REF_PREFIX.length() - 1) + 1);

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
    return Optional.ofNullable(table.get(userKey(userId), PROFILE)).map(item -> profile(userId, item));
  }

  private static UserProfile profile(String userId, Map<String, AttributeValue> item) {
    String lastVisit = str(item, "lastVisit");
    return new UserProfile(userId, lastVisit == null ? null : Instant.parse(lastVisit), str(item, "lastSearch"),
        str(item, "lastSearchLocale"));
  }

  @Override
  public Arrival arrival(String userId) {
    var profile = new UserProfile[] {UserProfile.newUser(userId)};
    var tokens = new ArrayList<String>();
    // Descending: the question references newest first, the profile last.
    table.pages(new QueryRequest()
        .withTableName(table.name())
        .withKeyConditionExpression("#pk = :pk AND #sk BETWEEN :profile AND :afterRefs")
        .withExpressionAttributeNames(Map.of("#pk", DynamoTable.PK, "#sk", DynamoTable.SK))
        .withExpressionAttributeValues(Map.of(
            ":pk", s(userKey(userId)), ":profile", s(PROFILE), ":afterRefs", s(AFTER_REFS)))
        .withScanIndexForward(false)
        .withConsistentRead(true), item -> {
          if (PROFILE.equals(Items.sk(item))) {
            profile[0] = profile(userId, item);
          } else if (QuestionItems.isRef(item)) {
            tokens.add(str(item, "token"));
          }
          return true;
        });
    return new Arrival(profile[0], new OwnedQuestions(tokens));
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
      if (profile.lastSearchLocale() != null) {
        names.put("#sl", "lastSearchLocale");
        values.put(":sl", s(profile.lastSearchLocale()));
        sets.add("#sl = :sl");
      }
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
