package com.shoptalk.sharing;

import com.shoptalk.question.TextInput;

/** Text that people type or say, cleaned as the question pages clean it, with this feature's errors. */
final class FriendText {
  private FriendText() {}

  /** The cleaned text, or {@code null} when nothing is left. */
  static String clean(String raw) {
    return TextInput.clean(raw, Integer.MAX_VALUE);
  }

  /** The cleaned text cut to {@code max} code points (for trusted text, such as a given name). */
  static String cut(String text, int max) {
    return TextInput.cut(text, max);
  }

  /** The cleaned text; longer than {@code max} code points is an {@link InvalidReservation} for {@code field}. */
  static String check(String raw, int max, String field) {
    String text = clean(raw);
    if (text != null && text.codePointCount(0, text.length()) > max) {
      throw new InvalidReservation(field);
    }
    return text;
  }
}
