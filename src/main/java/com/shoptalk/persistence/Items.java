package com.shoptalk.persistence;

import com.amazonaws.services.dynamodbv2.model.AttributeValue;
import java.util.Map;

/** Reading and writing item attributes: the one set of helpers every repository maps items with. */
final class Items {
  private Items() {}

  /** A string attribute. */
  static AttributeValue s(String value) {
    return new AttributeValue(value);
  }

  /** A number attribute. */
  static AttributeValue n(long value) {
    return new AttributeValue().withN(Long.toString(value));
  }

  /** A boolean attribute. */
  static AttributeValue bool(boolean value) {
    return new AttributeValue().withBOOL(value);
  }

  /** Sets a string attribute unless the value is {@code null} or empty (DynamoDB keeps no empty keys' values). */
  static void putIfSet(Map<String, AttributeValue> item, String name, String value) {
    if (value != null && !value.isEmpty()) {
      item.put(name, s(value));
    }
  }

  /** A string attribute's value, or {@code null} when the item has none. */
  static String str(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? null : value.getS();
  }

  /** A number attribute's value, or 0 when the item has none. */
  static long number(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null || value.getN() == null ? 0 : Long.parseLong(value.getN());
  }

  /** A small number attribute's value (a counter, an index), or 0 when the item has none. */
  static int integer(Map<String, AttributeValue> item, String name) {
    return Math.toIntExact(number(item, name));
  }

  /** The sort key of an item. */
  static String sk(Map<String, AttributeValue> item) {
    return item.get(DynamoTable.SK).getS();
  }

  /** The key of an item, without its other attributes. */
  static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
    return Map.of(DynamoTable.PK, item.get(DynamoTable.PK), DynamoTable.SK, item.get(DynamoTable.SK));
  }
}
