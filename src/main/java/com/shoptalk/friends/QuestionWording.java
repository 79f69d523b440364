package com.shoptalk.friends;

import com.shoptalk.question.QuestionKind;
import com.shoptalk.text.Messages;
import java.util.List;

/** A question as friends read it, in the shopper's words: "Should I buy the Rattan Lounge Chair?" */
public final class QuestionWording {
  private QuestionWording() {}

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
