package com.shoptalk.persistence;

import static com.shoptalk.persistence.Items.n;
import static com.shoptalk.persistence.Items.s;
import static com.shoptalk.persistence.Items.str;

import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import com.amazonaws.services.dynamodbv2.model.DeleteItemRequest;
import com.amazonaws.services.dynamodbv2.model.PutItemRequest;
import com.amazonaws.services.dynamodbv2.model.QueryRequest;
import com.amazonaws.services.dynamodbv2.model.UpdateItemRequest;
import com.shoptalk.insights.AskKind;
import com.shoptalk.insights.Counter;
import com.shoptalk.insights.DayCounts;
import com.shoptalk.insights.FriendComment;
import com.shoptalk.insights.InsightRepository;
import com.shoptalk.insights.ProductDay;
import com.shoptalk.insights.ProductRef;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The merchant's counters and the friends' shared comments in the ShopTalk table.
 *
 * <p>Key design: the report asks for "every product with events between two days", so items are
 * grouped by month, and sorted by day inside the month:
 * <pre>
 *   counters  pk = INSIGHTS#&lt;yyyy-MM&gt;      sk = &lt;yyyy-MM-dd&gt;#&lt;locale&gt;#&lt;product id&gt;
 *   comments  pk = INSIGHTNOTES#&lt;yyyy-MM&gt;   sk = &lt;yyyy-MM-dd&gt;#&lt;comment id&gt;
 * </pre>
 * One counter item per product and day holds one number attribute per {@link Counter}; an event is
 * a single {@code UpdateItem} with {@code ADD}, which DynamoDB applies atomically, so concurrent
 * clicks and votes are never lost and never need a read first. A report of {@code n} days is one
 * {@code Query} per calendar month it touches (at most 13 for the longest report), with the key
 * condition {@code sk BETWEEN <first day> AND <last day>$}: it reads exactly the product days of
 * the period, newest first, never the rest of the table, and stops after the caller's maximum. (The
 * table's shared paged query reads whole partitions or key prefixes; a report needs a day range
 * and a stop, and an eventually consistent read is enough for it.)
 *
 * <p>All counter writes of a month share a partition key. DynamoDB takes up to 1,000 writes a
 * second on one partition key, far more clicks and votes than a shop's friends make; a busier shop
 * would spread the month over a few shards (a suffix from the product id's hash) and query each.
 *
 * <p>Counters stay two years ({@value #COUNTERS_KEPT_DAYS} days), shared comments with their question
 * (at most a year: {@link FriendComment#keptUntil()}), then TTL removes them. Nothing here names a shopper or a friend.
 */
public final class DynamoInsightRepository implements InsightRepository {
  static final int COUNTERS_KEPT_DAYS = 730;
  private static final String COUNTERS = "INSIGHTS#";
  private static final String COMMENTS = "INSIGHTNOTES#";
  /** Sorts after {@code #}, so {@code <day>$} is above every key of that day. */
  private static final String AFTER_DAY = "$";

  private final DynamoTable table;

  public DynamoInsightRepository(DynamoTable table) {
    this.table = table;
  }

  @Override
  public void add(ProductDay key, String title, Map<Counter, Long> deltas) {
    if (deltas.isEmpty()) {
      return;
    }
    var names = new HashMap<String, String>();
    var values = new HashMap<String, AttributeValue>();
    var adds = new ArrayList<String>();
    for (var delta : deltas.entrySet()) {
      String name = "#" + delta.getKey().attribute();
      names.put(name, delta.getKey().attribute());
      values.put(":" + delta.getKey().attribute(), n(delta.getValue()));
      adds.add(name + " :" + delta.getKey().attribute());
    }
    var sets = new ArrayList<>(List.of("#day = :day", "#locale = :locale", "#product = :product", "#ttl = :ttl"));
    names.putAll(Map.of("#day", "day", "#locale", "locale", "#product", "productId", "#ttl", DynamoTable.TTL));
    values.putAll(Map.of(
        ":day", s(key.day().toString()),
        ":locale", s(key.locale()),
        ":product", s(key.productId()),
        ":ttl", n(expiry(key.day(), COUNTERS_KEPT_DAYS))));
    if (title != null && !title.isEmpty()) {
      sets.add("#title = :title");
      names.put("#title", "title");
      values.put(":title", s(title));
    }
    table.client().updateItem(new UpdateItemRequest()
        .withTableName(table.name())
        .withKey(DynamoTable.key(COUNTERS + month(key.day()), key.day() + "#" + key.locale() + "#" + key.productId()))
        .withUpdateExpression("ADD " + String.join(", ", adds) + " SET " + String.join(", ", sets))
        .withExpressionAttributeNames(names)
        .withExpressionAttributeValues(values));
  }

  @Override
  public Counts counts(LocalDate from, LocalDate to, int maxItems) {
    var days = new ArrayList<DayCounts>();
    boolean more = readNewestFirst(COUNTERS, from, to, maxItems, item -> days.add(dayCounts(item)));
    return new Counts(days, more);
  }

  @Override
  public void saveComment(FriendComment comment) {
    var products = new ArrayList<AttributeValue>();
    for (ProductRef product : comment.products()) {
      var entry = new HashMap<String, AttributeValue>(Map.of("id", s(product.productId())));
      Items.putIfSet(entry, "title", product.title());
      products.add(new AttributeValue().withM(entry));
    }
    var item = new HashMap<>(DynamoTable.key(COMMENTS + month(comment.day()), comment.day() + "#" + comment.id()));
    item.putAll(Map.of(
        "commentId", s(comment.id()),
        "day", s(comment.day().toString()),
        "locale", s(comment.locale()),
        "kind", s(comment.kind().name()),
        "products", new AttributeValue().withL(products),
        "choice", n(comment.choice()),
        "text", s(comment.text()),
        DynamoTable.TTL, n(comment.keptUntil().getEpochSecond())));
    table.client().putItem(new PutItemRequest().withTableName(table.name()).withItem(item));
  }

  @Override
  public void deleteComment(LocalDate day, String id) {
    table.client().deleteItem(new DeleteItemRequest()
        .withTableName(table.name())
        .withKey(DynamoTable.key(COMMENTS + month(day), day + "#" + id)));
  }

  @Override
  public List<FriendComment> comments(LocalDate from, LocalDate to, int max) {
    var comments = new ArrayList<FriendComment>();
    readNewestFirst(COMMENTS, from, to, max, item -> comments.add(comment(item)));
    return comments;
  }

  /**
   * Reads the items of the days {@code from} to {@code to} under one key prefix, newest month and
   * day first, at most {@code max}.
   *
   * @return whether there were more than {@code max}
   */
  private boolean readNewestFirst(String prefix, LocalDate from, LocalDate to, int max,
      java.util.function.Consumer<Map<String, AttributeValue>> sink) {
    int[] read = {0};
    boolean[] more = {false};
    for (YearMonth month = YearMonth.from(to); !month.isBefore(YearMonth.from(from)) && !more[0]; month = month.minusMonths(1)) {
      LocalDate first = from.isAfter(month.atDay(1)) ? from : month.atDay(1);
      LocalDate last = to.isBefore(month.atEndOfMonth()) ? to : month.atEndOfMonth();
      table.pages(new QueryRequest()
          .withTableName(table.name())
          .withKeyConditionExpression("#pk = :pk AND #sk BETWEEN :first AND :last")
          .withExpressionAttributeNames(Map.of("#pk", DynamoTable.PK, "#sk", DynamoTable.SK))
          .withExpressionAttributeValues(Map.of(
              ":pk", s(prefix + month),
              ":first", s(first.toString()),
              ":last", s(last + AFTER_DAY)))
          .withScanIndexForward(false)
          .withLimit(max - read[0] + 1), item -> {
            if (read[0] == max) {
              more[0] = true;
              return false;
            }
            sink.accept(item);
            read[0]++;
            return true;
          });
    }
    return more[0];
  }

  private static DayCounts dayCounts(Map<String, AttributeValue> item) {
    var counts = new EnumMap<Counter, Long>(Counter.class);
    for (Counter counter : Counter.values()) {
      if (item.containsKey(counter.attribute())) {
        counts.put(counter, Items.number(item, counter.attribute()));
      }
    }
    var key = new ProductDay(LocalDate.parse(str(item, "day")), str(item, "locale"), str(item, "productId"));
    return new DayCounts(key, str(item, "title"), counts);
  }

  private static FriendComment comment(Map<String, AttributeValue> item) {
    var products = new ArrayList<ProductRef>();
    for (AttributeValue product : item.get("products").getL()) {
      Map<String, AttributeValue> entry = product.getM();
      products.add(new ProductRef(str(entry, "id"), str(entry, "title")));
    }
    return new FriendComment(str(item, "commentId"), LocalDate.parse(str(item, "day")), str(item, "locale"),
        AskKind.valueOf(str(item, "kind")), products, Items.integer(item, "choice"), str(item, "text"),
        keptUntil(item));
  }

  private static Instant keptUntil(Map<String, AttributeValue> item) {
    AttributeValue ttl = item.get(DynamoTable.TTL);
    return ttl == null || ttl.getN() == null ? Instant.MAX : Instant.ofEpochSecond(Long.parseLong(ttl.getN()));
  }

  private static String month(LocalDate day) {
    return YearMonth.from(day).toString();
  }

  private static long expiry(LocalDate day, int keptDays) {
    return day.plusDays(keptDays).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
  }
}
