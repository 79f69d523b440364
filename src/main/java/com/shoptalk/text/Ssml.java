package com.shoptalk.text;

/** Helpers for Alexa's Speech Synthesis Markup Language. */
public final class Ssml {
  private Ssml() {}

  /** Escapes text for use inside SSML: the five XML special characters, and control characters dropped. */
  public static String escape(String text) {
    if (text == null) {
      return "";
    }
    var out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (cp == '\n' || cp == '\t' || cp == '\r') {
            out.append(' ');
          } else if (!Character.isISOControl(cp) && Character.isDefined(cp)
              && Character.getType(cp) != Character.SURROGATE
              && Character.getType(cp) != Character.PRIVATE_USE) {
            out.appendCodePoint(cp);
          }
        }
      }
    });
    return out.toString();
  }

  /** The plain text of an SSML fragment (tags removed, entities resolved), for cards and repeat. */
  public static String toPlainText(String ssml) {
    return ssml.replaceAll("<[^>]+>", " ")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
        .replace("&amp;", "&")
        .replaceAll("\\s+", " ").trim();
  }
}
