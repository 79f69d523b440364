package com.shoptalk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.shoptalk.text.Messages;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WebTextsTest {
  @Test
  void web_texts_have_the_same_keys_in_english_and_german() {
    assertEquals(webKeys("en-US"), webKeys("de-DE"));
  }

  private static java.util.Set<String> webKeys(String locale) {
    return Messages.of(locale).keys().stream().filter(k -> k.startsWith("web.")).collect(Collectors.toCollection(java.util.TreeSet::new));
  }
}
