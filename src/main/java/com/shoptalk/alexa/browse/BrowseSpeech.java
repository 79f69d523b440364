package com.shoptalk.alexa.browse;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.FeedWords;
import com.shoptalk.alexa.ProductSpeech;
import com.shoptalk.product.Categories;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** "What do you sell" in words: the main categories, and a search to try with one of them. */
final class BrowseSpeech {
  private BrowseSpeech() {}

  static Optional<Response> categories(Conversation conversation, Categories.Main main) {
    List<String> categories = main.names();
    if (categories.isEmpty()) {
      return conversation.ask(conversation.ssml("browse.none"), conversation.ssml("search.ask")).build();
    }
    List<String> said = FeedWords.all(categories, conversation);
    // The shortest name makes the easiest example to repeat ("find chairs").
    String example = said.stream().min(Comparator.comparingInt(String::length)).orElseThrow();
    String next = conversation.ssml("browse.next", "example", example);
    String named = conversation.ssml(main.more() ? "browse.categories" : "browse.categories.all",
        "categories", ProductSpeech.join(said, conversation));
    return conversation.ask(named + " " + next, next).build();
  }
}
