package com.shoptalk.persistence;

import static com.shoptalk.persistence.Items.bool;
import static com.shoptalk.persistence.Items.integer;
import static com.shoptalk.persistence.Items.n;
import static com.shoptalk.persistence.Items.putIfSet;
import static com.shoptalk.persistence.Items.s;
import static com.shoptalk.persistence.Items.str;

import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.shoptalk.question.Answer;
import com.shoptalk.question.Question;
import com.shoptalk.question.QuestionKind;
import com.shoptalk.question.QuestionOption;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The items of a question, and how questions and answers map to them.
 *
 * <ul>
 *   <li>{@code Q#<token>} / {@code META}: the question, one counter per option ({@code c0}…) and
 *       the number of voters.
 *   <li>{@code Q#<token>} / {@code A#<voterId>}: a voter's one answer, with a revision number
 *       {@code rev} for optimistic locking.
 *   <li>{@code USER#<userId>} / {@code Q#<createdAt>#<token>}: the owner's reference ({@code type =
 *       QREF}), so that a user's questions are one query away, newest first.
 * </ul>
 * All of them carry the TTL attribute {@value DynamoTable#TTL}: {@link Question#expiresAt()}.
 */
final class QuestionItems {
  static final String META = "META";
  static final String ANSWER_PREFIX = "A#";
  static final String REF_PREFIX = "Q#";
  static final String REF_TYPE = "QREF";
  private static final DateTimeFormatter SORTABLE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private QuestionItems() {}

  /** The partition key of a question's partition. */
  static String questionKey(String token) {
    return "Q#" + token;
  }

  /** The sort key of the owner's reference to a question: newest last in sort order. */
  static String refSortKey(Question q) {
    return REF_PREFIX + SORTABLE.format(q.createdAt()) + "#" + q.token();
  }

  /** The question's META item, with all counters at zero. */
  static Map<String, AttributeValue> meta(Question q) {
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
    meta.put("options", new AttributeValue().withL(q.options().stream().map(QuestionItems::option).toList()));
    meta.put("locale", s(q.locale()));
    meta.put("createdAt", s(q.createdAt().toString()));
    meta.put("closesAt", s(q.closesAt().toString()));
    meta.put("closed", bool(q.closedByOwner()));
    for (int i = 0; i < q.counters(); i++) {
      meta.put("c" + i, n(0));
    }
    meta.put("voters", n(0));
    meta.put(DynamoTable.TTL, n(q.expiresAt().getEpochSecond()));
    return meta;
  }

  /** The owner's reference to a question. */
  static Map<String, AttributeValue> ref(Question q) {
    var ref = new HashMap<String, AttributeValue>();
    ref.put(DynamoTable.PK, s(DynamoUserRepository.userKey(q.ownerUserId())));
    ref.put(DynamoTable.SK, s(refSortKey(q)));
    ref.put("type", s(REF_TYPE));
    ref.put("token", s(q.token()));
    ref.put(DynamoTable.TTL, n(q.expiresAt().getEpochSecond()));
    return ref;
  }

  /** Whether an item of a user's partition is a reference to a question. */
  static boolean isRef(Map<String, AttributeValue> item) {
    return REF_TYPE.equals(str(item, "type")) && item.containsKey("token");
  }

  /** A voter's answer item at revision {@code rev}. */
  static Map<String, AttributeValue> answer(Question question, Answer a, long rev) {
    var item = new HashMap<String, AttributeValue>();
    item.put(DynamoTable.PK, s(questionKey(question.token())));
    item.put(DynamoTable.SK, s(ANSWER_PREFIX + a.voterId()));
    item.put("type", s("ANSWER"));
    item.put("voter", s(a.voterId()));
    putIfSet(item, "name", a.voterName());
    if (a.optionIndex() != null) {
      item.put("option", n(a.optionIndex()));
    }
    putIfSet(item, "comment", a.comment());
    putIfSet(item, "idea", a.ideaText());
    putIfSet(item, "link", a.ideaLink());
    if (a.commentShared()) {
      item.put("commentShared", bool(true));
    }
    item.put("at", s(a.at().toString()));
    item.put("atMs", n(a.at().toEpochMilli()));
    item.put("rev", n(rev));
    item.put(DynamoTable.TTL, n(question.expiresAt().getEpochSecond()));
    return item;
  }

  static Question question(Map<String, AttributeValue> item) {
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

  static Answer answer(Map<String, AttributeValue> item) {
    return new Answer(
        str(item, "voter"), str(item, "name"), item.containsKey("option") ? integer(item, "option") : null,
        str(item, "comment"), str(item, "idea"), str(item, "link"), Instant.parse(str(item, "at")),
        item.containsKey("commentShared") && Boolean.TRUE.equals(item.get("commentShared").getBOOL()));
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
}
