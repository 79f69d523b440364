package com.shoptalk.persistence;

import com.amazonaws.services.dynamodbv2.AmazonDynamoDB;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;

/** A DynamoDB client that notes the name of every call made through it ({@code getItem}, {@code query}, …). */
final class CallNames {
  private CallNames() {}

  static AmazonDynamoDB noting(AmazonDynamoDB client, List<String> calls) {
    return (AmazonDynamoDB) Proxy.newProxyInstance(AmazonDynamoDB.class.getClassLoader(),
        new Class<?>[] {AmazonDynamoDB.class}, (proxy, method, args) -> {
          calls.add(method.getName());
          try {
            return method.invoke(client, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
