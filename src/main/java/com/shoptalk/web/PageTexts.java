package com.shoptalk.web;

import com.shoptalk.text.Messages;
import java.util.HashMap;
import java.util.Map;

/** Texts for a page's template: a bundle's texts by key, and texts split around user text. */
final class PageTexts {
  private PageTexts() {}

  /** Every text whose key starts with {@code prefix}, by the rest of its key (dots as {@code _}), for {@code t.*} lookups. */
  static Map<String, String> withPrefix(Messages m, String prefix) {
    var texts = new HashMap<String, String>();
    for (String key : m.keys()) {
      if (key.startsWith(prefix)) {
        texts.put(key.substring(prefix.length()).replace('.', '_'), m.raw(key));
      }
    }
    return texts;
  }

  /**
   * A text with a placeholder, split around it ({@code before}, {@code after}), so that the
   * template can put user text (a name) into it escaped and isolated ({@code <bdi>}) without
   * concatenating HTML.
   */
  static Map<String, String> split(String raw, String placeholder) {
    String marker = "{" + placeholder + "}";
    int at = raw.indexOf(marker);
    if (at < 0) {
      return Map.of("before", raw, "after", "");
    }
    return Map.of("before", raw.substring(0, at), "after", raw.substring(at + marker.length()));
  }
}
