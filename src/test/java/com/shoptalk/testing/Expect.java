package com.shoptalk.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions on text that print what was actually said. */
public final class Expect {
  private Expect() {}

  public static void startsWith(String prefix, String actual) {
    assertTrue(actual != null && actual.startsWith(prefix), () -> "expected to start with:\n  " + prefix + "\nbut was:\n  " + actual);
  }

  public static void contains(String part, String actual) {
    assertTrue(actual != null && actual.contains(part), () -> "expected to contain:\n  " + part + "\nbut was:\n  " + actual);
  }

  public static void doesNotContain(String part, String actual) {
    assertTrue(actual != null && !actual.contains(part), () -> "expected not to contain:\n  " + part + "\nbut was:\n  " + actual);
  }
}
