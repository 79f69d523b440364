package com.shoptalk.persistence;

import static com.shoptalk.persistence.Items.bool;
import static com.shoptalk.persistence.Items.n;
import static com.shoptalk.persistence.Items.number;
import static com.shoptalk.persistence.Items.s;
import static com.shoptalk.persistence.Items.str;

import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.amazonaws.services.dynamodbv2.model.ConditionCheck;
import com.amazonaws.services.dynamodbv2.model.Put;
import com.amazonaws.services.dynamodbv2.model.TransactWriteItem;
import com.amazonaws.services.dynamodbv2.model.TransactWriteItemsRequest;
import com.amazonaws.services.dynamodbv2.model.TransactionCanceledException;
import com.amazonaws.services.dynamodbv2.model.TransactionConflictException;
import com.amazonaws.services.dynamodbv2.model.Update;
import com.shoptalk.question.Answer;
import com.shoptalk.question.Question;
import com.shoptalk.question.QuestionClosed;
import com.shoptalk.question.QuestionNotFound;
import com.shoptalk.question.VoteOutcome;
import com.shoptalk.storage.StorageUnavailableException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Storing a friend's answer so that counts stay exact however many friends answer at once, and
 * however often a write is repeated.
 *
 * <p>A vote is one transaction: the voter's answer item is written on condition that it is still
 * the revision that was read (or still absent), and the META item adds one to the new option's
 * counter and takes one from the old one, on condition that the owner has not closed the question.
 * When another write got there first, the answer is read again and the vote retried.
 *
 * <p>Every call writes a fresh {@code writeId} into the answer item. When an attempt's outcome is
 * unknown (its answer was lost, and a repeat of it was refused because the item had changed), the
 * next read finds that id and knows the vote is already counted: it is never counted twice. When
 * the store gave no answer at all, one read tells whether the vote went through before the call
 * reports it as not stored.
 */
final class AnswerWrites {
  private final DynamoTable table;

  AnswerWrites(DynamoTable table) {
    this.table = table;
  }

  /** See {@link com.shoptalk.question.QuestionRepository#saveAnswer}. */
  VoteOutcome save(Question question, Answer answer) {
    String pk = QuestionItems.questionKey(question.token());
    String sk = QuestionItems.ANSWER_PREFIX + answer.voterId();
    String writeId = UUID.randomUUID().toString();
    VoteOutcome sent = null;
    var attempts = Attempts.to("store a vote");
    for (;;) {
      var previous = table.get(pk, sk);
      if (sent != null && previous != null && writeId.equals(str(previous, "writeId"))) {
        return sent; // an earlier attempt went through although its answer was lost
      }
      Answer before = previous == null ? null : QuestionItems.answer(previous);
      Integer oldIndex = before == null ? null : before.optionIndex();
      VoteOutcome outcome = VoteOutcome.replacing(before, answer);
      var item = QuestionItems.answer(question, answer, previous == null ? 1 : number(previous, "rev") + 1);
      item.put("writeId", s(writeId));
      try {
        sent = outcome;
        table.client().transactWriteItems(new TransactWriteItemsRequest().withTransactItems(
            putAnswer(item, previous == null ? null : number(previous, "rev")),
            metaChange(pk, previous == null, oldIndex, answer.optionIndex())));
        return outcome;
      } catch (StorageUnavailableException unknown) {
        // The answer was lost, but the vote may have gone through: look once before saying no.
        if (wrote(pk, sk, writeId)) {
          return outcome;
        }
        throw unknown;
      } catch (TransactionCanceledException cancelled) {
        if (Attempts.conditionFailed(cancelled, 1)) {
          Question current = Optional.ofNullable(table.get(pk, QuestionItems.META)).map(QuestionItems::question)
              .orElseThrow(QuestionNotFound::new);
          if (!current.isOpen(answer.at())) {
            throw new QuestionClosed(current);
          }
        }
        // the voter's answer changed under us, or a conflicting transaction: read again and retry
        attempts.failed(cancelled);
      } catch (TransactionConflictException conflict) {
        attempts.failed(conflict);
      }
    }
  }

  /** Whether the answer item holds this call's write; {@code false} when the store cannot say. */
  private boolean wrote(String pk, String sk, String writeId) {
    try {
      var stored = table.get(pk, sk);
      return stored != null && writeId.equals(str(stored, "writeId"));
    } catch (StorageUnavailableException stillUnavailable) {
      return false;
    }
  }

  private TransactWriteItem putAnswer(Map<String, AttributeValue> item, Long expectedRev) {
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

  /** The META side of a vote: the counters move, or only the "not closed" check when nothing moves. */
  private TransactWriteItem metaChange(String pk, boolean newVoter, Integer oldIndex, Integer newIndex) {
    var names = new HashMap<String, String>();
    var values = new HashMap<String, AttributeValue>();
    names.put("#pk", DynamoTable.PK);
    names.put("#closed", "closed");
    values.put(":false", bool(false));
    String condition = "attribute_exists(#pk) AND #closed = :false";
    var adds = new ArrayList<String>();
    if (newVoter) {
      names.put("#voters", "voters");
      adds.add("#voters :one");
    }
    if (!Objects.equals(oldIndex, newIndex)) {
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
          .withTableName(table.name()).withKey(DynamoTable.key(pk, QuestionItems.META))
          .withConditionExpression(condition)
          .withExpressionAttributeNames(names).withExpressionAttributeValues(values));
    }
    values.put(":one", n(1));
    return new TransactWriteItem().withUpdate(new Update()
        .withTableName(table.name()).withKey(DynamoTable.key(pk, QuestionItems.META))
        .withUpdateExpression("ADD " + String.join(", ", adds))
        .withConditionExpression(condition)
        .withExpressionAttributeNames(names).withExpressionAttributeValues(values));
  }
}
