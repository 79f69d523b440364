package com.shoptalk.alexa;

import java.util.List;

/**
 * Feed words as they are said in a sentence: lower case in English ("comes in light pink", whatever the feed's
 * capitals), as written in German, where nouns keep their capital ("in Hellrosa").
 */
public final class FeedWords {
  private FeedWords() {}

  /** One word or phrase of the feed, as said in a sentence. */
  public static String of(String word, Conversation conversation) {
    String text = word.strip();
    return conversation.locale().getLanguage().equals("de") ? text : text.toLowerCase(conversation.locale());
  }

  /** Several, each as said in a sentence. */
  public static List<String> all(List<String> words, Conversation conversation) {
    return words.stream().map(w -> of(w, conversation)).toList();
  }
}
