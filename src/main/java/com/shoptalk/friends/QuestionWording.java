package com.shoptalk.friends;

import com.shoptalk.question.QuestionKind;
import com.shoptalk.text.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A question as friends read it, in the shopper's words: "Should I buy the Rattan Lounge Chair?" */
public final class QuestionWording {
  /** First-person words of a topic and how the skill says them to the shopper, per language. */
  private static final Map<String, Map<String, String>> TO_SHOPPER = Map.of(
      "en", Map.of("my", "your", "mine", "yours", "me", "you", "myself", "yourself",
          "our", "your", "ours", "yours", "us", "you", "ourselves", "yourselves"),
      "de", Map.ofEntries(
          Map.entry("mein", "dein"), Map.entry("meine", "deine"), Map.entry("meinen", "deinen"),
          Map.entry("meinem", "deinem"), Map.entry("meiner", "deiner"), Map.entry("meines", "deines"),
          Map.entry("mich", "dich"), Map.entry("mir", "dir"),
          Map.entry("unser", "euer"), Map.entry("unsere", "eure"), Map.entry("unseren", "euren"),
          Map.entry("unserem", "eurem"), Map.entry("unserer", "eurer"), Map.entry("unseres", "eures"),
          Map.entry("uns", "euch")));
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private QuestionWording() {}

  /**
   * A topic in the shopper's words as the skill says it back to them: "ideas for my sister" is
   * "ideas for your sister" in the skill's voice ("meine Schwester", "deine Schwester"). Friends
   * read the topic as the shopper said it.
   */
  public static String toShopper(String topic, Locale locale) {
    if (topic == null) {
      return null;
    }
    Map<String, String> words = TO_SHOPPER.getOrDefault(locale.getLanguage(), Map.of());
    Matcher word = WORD.matcher(topic);
    var out = new StringBuilder();
    while (word.find()) {
      String said = word.group();
      String swapped = words.get(said.toLowerCase(locale));
      if (swapped != null && Character.isUpperCase(said.charAt(0))) {
        swapped = Character.toUpperCase(swapped.charAt(0)) + swapped.substring(1);
      }
      word.appendReplacement(out, Matcher.quoteReplacement(swapped == null ? said : swapped));
    }
    word.appendTail(out);
    return out.toString();
  }

  /**
   * The question's text in a locale.
   *
   * @param names the products' spoken names (none for ideas)
   * @param topic what ideas are wanted (ideas only)
   */
  public static String of(Messages messages, QuestionKind kind, List<String> names, String topic) {
    return switch (kind) {
      case ABOUT_ONE -> messages.text("friends.question.aboutOne", "name", names.get(0));
      case WHICH_ONE -> messages.text("friends.question.whichOne", "names", messages.join(names, "friends.or"));
      case IDEAS -> messages.text("friends.question.ideas", "topic", topic);
    };
  }
}
