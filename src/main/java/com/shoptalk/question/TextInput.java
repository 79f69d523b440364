package com.shoptalk.question;

import java.text.Normalizer;

/**
 * Cleans text that people type: NFC, no control or invisible formatting characters (which could
 * reorder or hide what others see), whitespace collapsed, trimmed.
 */
public final class TextInput {
  private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
  private static final int ZERO_WIDTH_JOINER = 0x200D;

  private TextInput() {}

  /** The cleaned text, or {@code null} when nothing is left; longer than {@code max} code points is an error. */
  public static String clean(String raw, int max) {
    String text = clean(raw);
    if (text != null && text.codePointCount(0, text.length()) > max) {
      throw new IllegalArgumentException("text longer than " + max);
    }
    return text;
  }

  /** Like {@link #clean(String, int)}, but a text that is too long is an {@link InvalidAnswer} for {@code field}. */
  static String clean(String raw, int max, String field) {
    String text = clean(raw);
    if (text != null && text.codePointCount(0, text.length()) > max) {
      throw new InvalidAnswer(field);
    }
    return text;
  }

  /** Cuts a text to at most {@code max} code points. */
  public static String cut(String text, int max) {
    if (text == null || text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max)).trim();
  }

  private static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String nfc = Normalizer.normalize(raw, Normalizer.Form.NFC);
    var out = new StringBuilder(nfc.length());
    boolean space = false;
    for (int i = 0; i < nfc.length(); ) {
      int cp = nfc.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        space = true;
        continue;
      }
      if (!keep(cp)) {
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.appendCodePoint(cp);
    }
    return out.length() == 0 ? null : out.toString();
  }

  private static boolean keep(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL, Character.SURROGATE, Character.PRIVATE_USE -> false;
      // bidi overrides and isolates, zero-width spaces, BOM...; joiners stay for emoji and scripts that need them
      case Character.FORMAT -> cp == ZERO_WIDTH_JOINER || cp == ZERO_WIDTH_NON_JOINER;
      default -> (cp & 0xFFFE) != 0xFFFE && !(cp >= 0xFDD0 && cp <= 0xFDEF); // no noncharacters
    };
  }
}
