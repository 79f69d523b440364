package com.shoptalk.persistence;

import static com.shoptalk.persistence.QuestionItems.ANSWER_PREFIX;
import static com.shoptalk.persistence.QuestionItems.META;
import static com.shoptalk.persistence.QuestionItems.REF_PREFIX;
import static com.shoptalk.persistence.QuestionItems.questionKey;

import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.amazonaws.services.dynamodbv2.model.BatchGetItemRequest;
import com.amazonaws.services.dynamodbv2.model.ConditionalCheckFailedException;
import com.amazonaws.services.dynamodbv2.model.DeleteItemRequest;
import com.amazonaws.services.dynamodbv2.model.KeysAndAttributes;
import com.amazonaws.services.dynamodbv2.model.Put;
import com.amazonaws.services.dynamodbv2.model.TransactWriteItem;
import com.amazonaws.services.dynamodbv2.model.TransactWriteItemsRequest;
import com.amazonaws.services.dynamodbv2.model.TransactionCanceledException;
import com.amazonaws.services.dynamodbv2.model.UpdateItemRequest;
import com.shoptalk.question.Answer;
import com.shoptalk.question.OwnedQuestions;
import com.shoptalk.question.Question;
import com.shoptalk.question.QuestionNotFound;
import com.shoptalk.question.QuestionRepository;
import com.shoptalk.question.Tally;
import com.shoptalk.question.VoteOutcome;
import com.shoptalk.storage.StorageUnavailableException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Questions and answers in the ShopTalk table; {@link QuestionItems} describes the items,
 * {@link AnswerWrites} how a vote is counted exactly once.
 */
public final class DynamoQuestionRepository implements QuestionRepository {
  /** Most keys in one batch read. */
  private static final int MAX_BATCH_GET = 100;

  private final DynamoTable table;
  private final AnswerWrites answers;

  public DynamoQuestionRepository(DynamoTable table) {
    this.table = table;
    this.answers = new AnswerWrites(table);
  }

  @Override
  public Question create(Question q) {
    try {
      table.client().transactWriteItems(new TransactWriteItemsRequest().withTransactItems(
          new TransactWriteItem().withPut(new Put().withTableName(table.name()).withItem(QuestionItems.meta(q))
              .withConditionExpression("attribute_not_exists(#pk)")
              .withExpressionAttributeNames(Map.of("#pk", DynamoTable.PK))),
          new TransactWriteItem().withPut(new Put().withTableName(table.name()).withItem(QuestionItems.ref(q)))));
      return q;
    } catch (TransactionCanceledException cancelled) {
      // The token is 144 random bits, drafted for this owner: a question of theirs already stored
      // under it is this one, written by an earlier attempt (in this call or an earlier turn) whose
      // answer was lost.
      if (!Attempts.conditionFailed(cancelled, 0)) {
        throw cancelled;
      }
      return find(q.token()).filter(stored -> stored.ownerUserId().equals(q.ownerUserId())).orElseThrow(() -> cancelled);
    }
  }

  @Override
  public Optional<Question> find(String token) {
    return Optional.ofNullable(table.get(questionKey(token), META)).map(QuestionItems::question);
  }

  @Override
  public Optional<Tally> tally(String token, int latest) {
    Map<String, AttributeValue> meta = null;
    var withText = new ArrayList<Answer>();
    for (var item : table.query(questionKey(token))) {
      String sk = Items.sk(item);
      if (META.equals(sk)) {
        meta = item;
      } else if (sk.startsWith(ANSWER_PREFIX)) {
        Answer answer = QuestionItems.answer(item);
        if (answer.hasText()) {
          withText.add(answer);
        }
      }
    }
    if (meta == null) {
      return Optional.empty();
    }
    Question question = QuestionItems.question(meta);
    var counts = new ArrayList<Integer>();
    for (int i = 0; i < question.counters(); i++) {
      counts.add(Math.max(0, Items.integer(meta, "c" + i)));
    }
    withText.sort(Comparator.comparing(Answer::at).reversed());
    return Optional.of(new Tally(question, counts, Items.integer(meta, "voters"),
        withText.subList(0, Math.min(latest, withText.size()))));
  }

  @Override
  public Optional<Answer> answer(String token, String voterId) {
    return Optional.ofNullable(table.get(questionKey(token), ANSWER_PREFIX + voterId)).map(QuestionItems::answer);
  }

  @Override
  public VoteOutcome saveAnswer(Question question, Answer answer) {
    return answers.save(question, answer);
  }

  @Override
  public List<Question> questionsOf(String ownerUserId) {
    return questions(new OwnedQuestions(refs(ownerUserId).stream().map(ref -> ref.get("token").getS()).toList()));
  }

  @Override
  public List<Question> questions(OwnedQuestions owned) {
    if (owned.tokens().isEmpty()) {
      return List.of();
    }
    Map<String, Question> byToken = batchGetQuestions(owned.tokens());
    return owned.tokens().stream().map(byToken::get).filter(Objects::nonNull).toList();
  }

  @Override
  public int answersSince(String token, Instant since) {
    int count = 0;
    for (var item : table.query(questionKey(token), ANSWER_PREFIX, true)) {
      if (Items.number(item, "atMs") > since.toEpochMilli()) {
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
          .withKey(DynamoTable.key(questionKey(token), META))
          .withUpdateExpression("SET #closed = :true")
          .withConditionExpression("attribute_exists(#pk)")
          .withExpressionAttributeNames(Map.of("#closed", "closed", "#pk", DynamoTable.PK))
          .withExpressionAttributeValues(Map.of(":true", Items.bool(true))));
    } catch (ConditionalCheckFailedException gone) {
      throw new QuestionNotFound();
    }
  }

  @Override
  public void delete(Question question) {
    table.deleteAll(table.query(questionKey(question.token())));
    table.client().deleteItem(new DeleteItemRequest()
        .withTableName(table.name())
        .withKey(DynamoTable.key(DynamoUserRepository.userKey(question.ownerUserId()), QuestionItems.refSortKey(question))));
  }

  @Override
  public void deleteAllOf(String ownerUserId) {
    var refs = refs(ownerUserId);
    for (var ref : refs) {
      table.deleteAll(table.query(questionKey(ref.get("token").getS())));
    }
    table.deleteAll(refs);
  }

  /** The owner's references to their questions, newest first. */
  private List<Map<String, AttributeValue>> refs(String ownerUserId) {
    return table.query(DynamoUserRepository.userKey(ownerUserId), REF_PREFIX, false).stream()
        .filter(QuestionItems::isRef)
        .toList();
  }

  private Map<String, Question> batchGetQuestions(List<String> tokens) {
    var found = new HashMap<String, Question>();
    for (int from = 0; from < tokens.size(); from += MAX_BATCH_GET) {
      var keys = new ArrayList<Map<String, AttributeValue>>();
      for (String token : tokens.subList(from, Math.min(tokens.size(), from + MAX_BATCH_GET))) {
        keys.add(DynamoTable.key(questionKey(token), META));
      }
      Map<String, KeysAndAttributes> request = Map.of(table.name(), new KeysAndAttributes().withKeys(keys).withConsistentRead(true));
      var attempts = Attempts.to("read " + keys.size() + " questions",
          (message, cause) -> new StorageUnavailableException(StorageUnavailableException.Access.READ, message, cause));
      while (true) {
        var result = table.client().batchGetItem(new BatchGetItemRequest().withRequestItems(request));
        result.getResponses().getOrDefault(table.name(), List.of())
            .forEach(item -> found.put(item.get("token").getS(), QuestionItems.question(item)));
        request = result.getUnprocessedKeys() == null ? Map.of() : result.getUnprocessedKeys();
        if (request.isEmpty()) {
          break;
        }
        attempts.failed(null);
      }
    }
    return found;
  }
}
