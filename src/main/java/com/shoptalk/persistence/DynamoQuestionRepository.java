package com.shoptalk.persistence;

import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.amazonaws.services.dynamodbv2.model.BatchGetItemRequest;
import com.amazonaws.services.dynamodbv2.model.CancellationReason;
import com.amazonaws.services.dynamodbv2.model.ConditionCheck;
import com.amazonaws.services.dynamodbv2.model.ConditionalCheckFailedException;
import com.amazonaws.services.dynamodbv2.model.DeleteItemRequest;
import com.amazonaws.services.dynamodbv2.model.DeleteRequest;
import com.amazonaws.services.dynamodbv2.model.GetItemRequest;
import com.amazonaws.services.dynamodbv2.model.KeysAndAttributes;
import com.amazonaws.services.dynamodbv2.model.Put;
import com.amazonaws.services.dynamodbv2.model.QueryRequest;
import com.amazonaws.services.dynamodbv2.model.QueryResult;
import com.amazonaws.services.dynamodbv2.model.TransactWriteItem;
import com.amazonaws.services.dynamodbv2.model.TransactWriteItemsRequest;
import com.amazonaws.services.dynamodbv2.model.TransactionCanceledException;
import com.amazonaws.services.dynamodbv2.model.TransactionConflictException;
import com.amazonaws.services.dynamodbv2.model.Update;
import com.amazonaws.services.dynamodbv2.model.UpdateItemRequest;
import com.amazonaws.services.dynamodbv2.model.WriteRequest;
import com.shoptalk.question.Answer;
import com.shoptalk.question.Question;
import com.shoptalk.question.QuestionClosed;
import com.shoptalk.question.QuestionKind;
import com.shoptalk.question.QuestionNotFound;
import com.shoptalk.question.QuestionOption;
import com.shoptalk.question.QuestionRepository;
import com.shoptalk.question.QuestionService;
import com.shoptalk.question.Tally;
import com.shoptalk.question.VoteOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Questions and answers in the ShopTalk table.
 *
 * <p>Item design:
 * <ul>
 *   <li>{@code Q#<token>} / {@code META}: the question, one counter per option ({@code c0}…), the
 *       number of voters, and {@code closesAtMs} for the "still open" condition of every vote.
 *   <li>{@code Q#<token>} / {@code A#<voterId>}: a voter's one answer, with a revision number
 *       {@code rev} for optimistic locking.
 *   <li>{@code USER#<userId>} / {@code Q#<createdAt>#<token>}: the owner's reference, so that a
 *       user's questions are one query away, newest first, and go with "delete my data".
 * </ul>
 * All of them carry the TTL attribute {@value DynamoTable#TTL}: thirty days after the question closes.
 *
 * <p>A vote is one transaction: the voter's answer item is written on condition that it is still
 * the revision that was read (or still absent), and the META item adds one to the new option's
 * counter and takes one from the old one, on condition that the question is still open. When
 * another write got there first, the vote is read again and retried, so counts stay exact.
 */
public final class DynamoQuestionRepository implements QuestionRepository {
  static final String META = "META";
  static final String ANSWER_PREFIX = "A#";
  static final String REF_PREFIX = "Q#";
  private static final DateTimeFormatter SORTABLE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final int MAX_ATTEMPTS = 40;

  private final DynamoTable table;

  public DynamoQuestionRepository(DynamoTable table) {
    this.table = table;
  }

  /** The partition key of a question's partition. */
  static String questionKey(String token) {
    return "Q#" + token;
  }

  /**
   * Makes "delete my data" take the user's questions along: registers a hook that deletes the
   * partition of every question referenced from the user's partition.
   */
  public void deleteWithUser(DynamoUserRepository users) {
    users.onDelete(this::onUserItemDeleted);
  }

  /** The hook for {@link DynamoUserRepository#onDelete}: deletes a referenced question's partition. */
  public void onUserItemDeleted(Map<String, AttributeValue> item) {
    String sk = item.get(DynamoTable.SK).getS();
    AttributeValue token = item.get("token");
    if (sk.startsWith(REF_PREFIX) && token != null && "QREF".equals(str(item, "type"))) {
      deletePartition(token.getS());
    }
  }

  @Override
  public void create(Question q, Instant expiresAt) {
    long ttl = expiresAt.getEpochSecond();
    var meta = new HashMap<String, AttributeValue>();
    meta.put(DynamoTable.PK, s(questionKey(q.token())));
    meta.put(DynamoTable.SK, s(META));
    meta.put("type", s("QUESTION"));
    meta.put("token", s(q.token()));
    meta.put("owner", s(q.ownerUserId()));
    putIfSet(meta, "person", q.ownerPersonId());
    putIfSet(meta, "asker", q.askerName());
    meta.put("kind", s(q.kind().name()));
    putIfSet(meta, "topic", q.topic());
    meta.put("options", new AttributeValue().withL(q.options().stream().map(DynamoQuestionRepository::option).toList()));
    meta.put("locale", s(q.locale()));
    meta.put("createdAt", s(q.createdAt().toString()));
    meta.put("closesAt", s(q.closesAt().toString()));
    meta.put("closesAtMs", n(q.closesAt().toEpochMilli()));
    meta.put("closed", new AttributeValue().withBOOL(q.closedByOwner()));
    for (int i = 0; i < q.counters(); i++) {
      meta.put("c" + i, n(0));
    }
    meta.put("voters", n(0));
    meta.put(DynamoTable.TTL, n(ttl));
    var ref = new HashMap<String, AttributeValue>();
    ref.put(DynamoTable.PK, s(DynamoUserRepository.userKey(q.ownerUserId())));
    ref.put(DynamoTable.SK, s(refSortKey(q)));
    ref.put("type", s("QREF"));
    ref.put("token", s(q.token()));
    ref.put(DynamoTable.TTL, n(ttl));
    table.client().transactWriteItems(new TransactWriteItemsRequest().withTransactItems(
        new TransactWriteItem().withPut(new Put().withTableName(table.name()).withItem(meta)
            .withConditionExpression("attribute_not_exists(#pk)")
            .withExpressionAttributeNames(Map.of("#pk", DynamoTable.PK))),
        new TransactWriteItem().withPut(new Put().withTableName(table.name()).withItem(ref))));
  }

  @Override
  public Optional<Question> find(String token) {
    return Optional.ofNullable(get(questionKey(token), META)).map(DynamoQuestionRepository::question);
  }

  @Override
  public Optional<Tally> tally(String token, int latest) {
    Map<String, AttributeValue> meta = null;
    var answers = new ArrayList<Answer>();
    for (var item : queryPartition(questionKey(token), null)) {
      String sk = item.get(DynamoTable.SK).getS();
      if (META.equals(sk)) {
        meta = item;
      } else if (sk.startsWith(ANSWER_PREFIX)) {
        Answer answer = answer(item);
        if (answer.hasText()) {
          answers.add(answer);
        }
      }
    }
    if (meta == null) {
      return Optional.empty();
    }
    Question question = question(meta);
    var counts = new ArrayList<Integer>();
    for (int i = 0; i < question.counters(); i++) {
      counts.add(Math.max(0, num(meta, "c" + i)));
    }
    answers.sort(Comparator.comparing(Answer::at).reversed());
    return Optional.of(new Tally(question, counts, num(meta, "voters"),
        answers.subList(0, Math.min(latest, answers.size()))));
  }

  @Override
  public Optional<Answer> answer(String token, String voterId) {
    return Optional.ofNullable(get(questionKey(token), ANSWER_PREFIX + voterId)).map(DynamoQuestionRepository::answer);
  }

  /** Cancellation reasons that a fresh read and another attempt can overcome. */
  private static final java.util.Set<String> RETRYABLE = java.util.Set.of(
      "None", "ConditionalCheckFailed", "TransactionConflict", "ThrottlingError", "ProvisionedThroughputExceeded");

  @Override
  public VoteOutcome saveAnswer(Question question, Answer answer, Instant now) {
    String pk = questionKey(question.token());
    String sk = ANSWER_PREFIX + answer.voterId();
    long ttl = question.closesAt().plus(QuestionService.KEEP_AFTER_CLOSE).getEpochSecond();
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      var previous = get(pk, sk);
      Integer oldIndex = previous == null || !previous.containsKey("option") ? null : num(previous, "option");
      long rev = previous == null ? 0 : lng(previous, "rev");
      Integer newIndex = answer.optionIndex();
      VoteOutcome outcome = previous == null || oldIndex == null && newIndex != null
          ? VoteOutcome.COUNTED
          : java.util.Objects.equals(oldIndex, newIndex) ? VoteOutcome.UNCHANGED : VoteOutcome.CHANGED;
      try {
        table.client().transactWriteItems(new TransactWriteItemsRequest().withTransactItems(
            putAnswer(pk, sk, answer, previous == null ? null : rev, ttl),
            metaChange(pk, previous == null, oldIndex, newIndex, now)));
        return outcome;
      } catch (TransactionCanceledException cancelled) {
        List<CancellationReason> reasons = cancelled.getCancellationReasons();
        if (reasons != null && reasons.size() == 2 && "ConditionalCheckFailed".equals(reasons.get(1).getCode())) {
          Question current = find(question.token()).orElseThrow(QuestionNotFound::new);
          if (!current.isOpen(now)) {
            throw new QuestionClosed(current);
          }
        }
        if (reasons != null && reasons.stream().map(CancellationReason::getCode)
            .anyMatch(code -> code != null && !RETRYABLE.contains(code))) {
          throw cancelled; // not a race (a validation error, say): retrying cannot help
        }
        // the voter's answer changed under us, or a conflicting transaction: read again and retry
      } catch (TransactionConflictException conflict) {
        // retry below
      }
      backOff(attempt);
    }
    throw new IllegalStateException("vote did not go through after " + MAX_ATTEMPTS + " attempts");
  }

  @Override
  public List<Question> questionsOf(String ownerUserId) {
    var tokens = new ArrayList<String>();
    Map<String, AttributeValue> start = null;
    do {
      QueryResult page = table.client().query(new QueryRequest()
          .withTableName(table.name())
          .withKeyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
          .withExpressionAttributeNames(Map.of("#pk", DynamoTable.PK, "#sk", DynamoTable.SK))
          .withExpressionAttributeValues(Map.of(
              ":pk", s(DynamoUserRepository.userKey(ownerUserId)), ":prefix", s(REF_PREFIX)))
          .withScanIndexForward(false)
          .withConsistentRead(true)
          .withExclusiveStartKey(start));
      page.getItems().stream().filter(i -> "QREF".equals(str(i, "type"))).forEach(i -> tokens.add(i.get("token").getS()));
      start = page.getLastEvaluatedKey();
    } while (start != null && !start.isEmpty());
    Map<String, Question> byToken = batchGetQuestions(tokens);
    return tokens.stream().map(byToken::get).filter(java.util.Objects::nonNull).toList();
  }

  @Override
  public int answersSince(String token, Instant since) {
    int count = 0;
    for (var item : queryPartition(questionKey(token), ANSWER_PREFIX)) {
      if (lng(item, "atMs") > since.toEpochMilli()) {
        count++;
      }
    }
    return count;
  }

  @Override
  public void close(String token) {
    try {
      table.client().updateItem(new UpdateItemRequest()
          .withTableName(table.name())
          .withKey(key(questionKey(token), META))
          .withUpdateExpression("SET #closed = :true")
          .withConditionExpression("attribute_exists(#pk)")
          .withExpressionAttributeNames(Map.of("#closed", "closed", "#pk", DynamoTable.PK))
          .withExpressionAttributeValues(Map.of(":true", new AttributeValue().withBOOL(true))));
    } catch (ConditionalCheckFailedException gone) {
      throw new QuestionNotFound();
    }
  }

  @Override
  public void delete(Question question) {
    deletePartition(question.token());
    table.client().deleteItem(new DeleteItemRequest()
        .withTableName(table.name())
        .withKey(key(DynamoUserRepository.userKey(question.ownerUserId()), refSortKey(question))));
  }

  private void deletePartition(String token) {
    var deletes = new ArrayList<WriteRequest>();
    for (var item : queryPartition(questionKey(token), null)) {
      deletes.add(new WriteRequest(new DeleteRequest(key(item.get(DynamoTable.PK).getS(), item.get(DynamoTable.SK).getS()))));
    }
    DynamoBatch.write(table, deletes);
  }

  private TransactWriteItem putAnswer(String pk, String sk, Answer a, Long expectedRev, long ttl) {
    var item = new HashMap<String, AttributeValue>();
    item.put(DynamoTable.PK, s(pk));
    item.put(DynamoTable.SK, s(sk));
    item.put("type", s("ANSWER"));
    item.put("voter", s(a.voterId()));
    putIfSet(item, "name", a.voterName());
    if (a.optionIndex() != null) {
      item.put("option", n(a.optionIndex()));
    }
    putIfSet(item, "comment", a.comment());
    putIfSet(item, "idea", a.ideaText());
    putIfSet(item, "link", a.ideaLink());
    item.put("at", s(a.at().toString()));
    item.put("atMs", n(a.at().toEpochMilli()));
    item.put("rev", n(expectedRev == null ? 1 : expectedRev + 1));
    item.put(DynamoTable.TTL, n(ttl));
    var put = new Put().withTableName(table.name()).withItem(item);
    if (expectedRev == null) {
      put.withConditionExpression("attribute_not_exists(#pk)").withExpressionAttributeNames(Map.of("#pk", DynamoTable.PK));
    } else {
      put.withConditionExpression("#rev = :rev")
          .withExpressionAttributeNames(Map.of("#rev", "rev"))
          .withExpressionAttributeValues(Map.of(":rev", n(expectedRev)));
    }
    return new TransactWriteItem().withPut(put);
  }

  /** The META side of a vote: the counter moves, or only the "still open" check when nothing moves. */
  private TransactWriteItem metaChange(String pk, boolean newVoter, Integer oldIndex, Integer newIndex, Instant now) {
    var names = new HashMap<String, String>();
    var values = new HashMap<String, AttributeValue>();
    names.put("#pk", DynamoTable.PK);
    names.put("#closed", "closed");
    names.put("#closesAtMs", "closesAtMs");
    values.put(":false", new AttributeValue().withBOOL(false));
    values.put(":now", n(now.toEpochMilli()));
    String condition = "attribute_exists(#pk) AND #closed = :false AND #closesAtMs > :now";
    var adds = new ArrayList<String>();
    if (newVoter) {
      names.put("#voters", "voters");
      adds.add("#voters :one");
    }
    if (!java.util.Objects.equals(oldIndex, newIndex)) {
      if (newIndex != null) {
        names.put("#new", "c" + newIndex);
        adds.add("#new :one");
      }
      if (oldIndex != null) {
        names.put("#old", "c" + oldIndex);
        values.put(":minus", n(-1));
        adds.add("#old :minus");
      }
    }
    if (adds.isEmpty()) {
      return new TransactWriteItem().withConditionCheck(new ConditionCheck()
          .withTableName(table.name()).withKey(key(pk, META))
          .withConditionExpression(condition)
          .withExpressionAttributeNames(names).withExpressionAttributeValues(values));
    }
    values.put(":one", n(1));
    return new TransactWriteItem().withUpdate(new Update()
        .withTableName(table.name()).withKey(key(pk, META))
        .withUpdateExpression("ADD " + String.join(", ", adds))
        .withConditionExpression(condition)
        .withExpressionAttributeNames(names).withExpressionAttributeValues(values));
  }

  private Map<String, Question> batchGetQuestions(List<String> tokens) {
    var found = new HashMap<String, Question>();
    for (int from = 0; from < tokens.size(); from += 100) {
      var keys = new ArrayList<Map<String, AttributeValue>>();
      for (String token : tokens.subList(from, Math.min(tokens.size(), from + 100))) {
        keys.add(key(questionKey(token), META));
      }
      Map<String, KeysAndAttributes> request = Map.of(table.name(), new KeysAndAttributes().withKeys(keys).withConsistentRead(true));
      for (int attempt = 0; !request.isEmpty(); attempt++) {
        if (attempt == MAX_ATTEMPTS) {
          throw new IllegalStateException("DynamoDB kept keys unprocessed");
        }
        var result = table.client().batchGetItem(new BatchGetItemRequest().withRequestItems(request));
        result.getResponses().getOrDefault(table.name(), List.of())
            .forEach(item -> found.put(item.get("token").getS(), question(item)));
        request = result.getUnprocessedKeys() == null ? Map.of() : result.getUnprocessedKeys();
        if (!request.isEmpty()) {
          backOff(attempt);
        }
      }
    }
    return found;
  }

  private List<Map<String, AttributeValue>> queryPartition(String pk, String skPrefix) {
    var items = new ArrayList<Map<String, AttributeValue>>();
    var names = new HashMap<String, String>(Map.of("#pk", DynamoTable.PK));
    var values = new HashMap<String, AttributeValue>(Map.of(":pk", s(pk)));
    String condition = "#pk = :pk";
    if (skPrefix != null) {
      names.put("#sk", DynamoTable.SK);
      values.put(":prefix", s(skPrefix));
      condition += " AND begins_with(#sk, :prefix)";
    }
    Map<String, AttributeValue> start = null;
    do {
      QueryResult page = table.client().query(new QueryRequest()
          .withTableName(table.name())
          .withKeyConditionExpression(condition)
          .withExpressionAttributeNames(names)
          .withExpressionAttributeValues(values)
          .withConsistentRead(true)
          .withExclusiveStartKey(start));
      items.addAll(page.getItems());
      start = page.getLastEvaluatedKey();
    } while (start != null && !start.isEmpty());
    return items;
  }

  private Map<String, AttributeValue> get(String pk, String sk) {
    return table.client().getItem(new GetItemRequest()
        .withTableName(table.name())
        .withKey(key(pk, sk))
        .withConsistentRead(true)).getItem();
  }

  private static Question question(Map<String, AttributeValue> item) {
    var options = new ArrayList<QuestionOption>();
    for (AttributeValue value : item.get("options").getL()) {
      Map<String, AttributeValue> o = value.getM();
      options.add(new QuestionOption(
          str(o, "productId"), str(o, "title"), str(o, "spokenName"),
          o.containsKey("price") ? new BigDecimal(o.get("price").getN()) : null,
          str(o, "currency"), str(o, "imageLink"), str(o, "link")));
    }
    return new Question(
        str(item, "token"), str(item, "owner"), str(item, "person"), str(item, "asker"),
        QuestionKind.valueOf(str(item, "kind")), str(item, "topic"), options, str(item, "locale"),
        Instant.parse(str(item, "createdAt")), Instant.parse(str(item, "closesAt")),
        Boolean.TRUE.equals(item.get("closed").getBOOL()));
  }

  private static AttributeValue option(QuestionOption o) {
    var m = new LinkedHashMap<String, AttributeValue>();
    m.put("productId", s(o.productId()));
    m.put("title", s(o.title()));
    m.put("spokenName", s(o.spokenName()));
    if (o.price() != null) {
      m.put("price", new AttributeValue().withN(o.price().toPlainString()));
      m.put("currency", s(o.currency()));
    }
    putIfSet(m, "imageLink", o.imageLink());
    putIfSet(m, "link", o.link());
    return new AttributeValue().withM(m);
  }

  private static Answer answer(Map<String, AttributeValue> item) {
    return new Answer(
        str(item, "voter"), str(item, "name"), item.containsKey("option") ? num(item, "option") : null,
        str(item, "comment"), str(item, "idea"), str(item, "link"), Instant.parse(str(item, "at")));
  }

  private static String refSortKey(Question q) {
    return REF_PREFIX + SORTABLE.format(q.createdAt()) + "#" + q.token();
  }

  private static void backOff(int attempt) {
    DynamoTable.backOff(5L << Math.min(attempt, 5));
  }

  private static Map<String, AttributeValue> key(String pk, String sk) {
    return DynamoTable.key(pk, sk);
  }

  private static void putIfSet(Map<String, AttributeValue> item, String name, String value) {
    if (value != null && !value.isEmpty()) {
      item.put(name, s(value));
    }
  }

  private static String str(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? null : value.getS();
  }

  private static int num(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? 0 : Integer.parseInt(value.getN());
  }

  private static long lng(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? 0 : Long.parseLong(value.getN());
  }

  private static AttributeValue s(String value) {
    return new AttributeValue(value);
  }

  private static AttributeValue n(long value) {
    return new AttributeValue().withN(Long.toString(value));
  }
}
