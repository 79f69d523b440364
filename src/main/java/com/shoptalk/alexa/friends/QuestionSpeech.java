package com.shoptalk.alexa.friends;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.ProductSpeech;
import com.shoptalk.friends.Asked;
import com.shoptalk.friends.Draft;
import com.shoptalk.friends.QuestionWording;
import com.shoptalk.question.Question;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Questions to friends in words: the draft read back, the link delivered, what a question is about, deadlines. */
final class QuestionSpeech {
  private QuestionSpeech() {}

  /** Reads the drafted question back and asks for a yes (the draft waits in the session). */
  static Optional<Response> confirm(Conversation conversation, Draft draft) {
    String deadlineNote = draft.closesAt()
        .map(at -> conversation.ssml("friends.confirm.until", "when", when(conversation, at)))
        .orElseGet(() -> conversation.ssml(draft.saidDeadlinePassed() ? "friends.confirm.pastDeadline" : "friends.confirm.threeDays"));
    QuestionDrafts.save(conversation, draft);
    conversation.pending(CreateQuestionAction.NAME);
    String question = QuestionWording.of(conversation.messages(), draft.kind(), draft.names(), draft.topic());
    String speech = conversation.ssml("friends.confirm", "question", question) + " " + deadlineNote + " "
        + conversation.ssml("friends.confirm.send");
    return conversation.ask(speech, conversation.ssml("friends.confirm.send")).build();
  }

  /** "Done! The link is in your Alexa app …", with the card that holds the link. */
  static Optional<Response> created(Conversation conversation, Asked asked) {
    String card = asked.text() + "\n\n" + conversation.text("friends.card.share") + "\n" + asked.link();
    String title = conversation.text("friends.card.title");
    if (asked.delivery() == Asked.Delivery.CARD_OFFER_EMAIL) {
      // The very first question without e-mail: offer it once; the consent card comes with a yes.
      conversation.pending(EmailPermissionAction.NAME);
      String speech = conversation.ssml("friends.created.card") + " " + conversation.ssml("friends.offerEmail");
      return conversation.ask(speech, conversation.ssml("friends.offerEmail")).withSimpleCard(title, card).build();
    }
    String speech = conversation.ssml(switch (asked.delivery()) {
      case EMAILED -> "friends.created.email";
      case EMAIL_FAILED -> "friends.created.emailFailed";
      default -> "friends.created.card";
    });
    return conversation.ask(speech + " " + conversation.ssml("friends.created.next"), conversation.ssml("reprompt.default"))
        .withSimpleCard(title, card)
        .build();
  }

  /** What a question is about, for speech ("the Rattan Lounge Chair", "ideas for your sister"). */
  static String subject(Conversation conversation, Question question) {
    return switch (question.kind()) {
      case ABOUT_ONE -> conversation.text("friends.subject.aboutOne", "name", question.options().get(0).spokenName());
      case WHICH_ONE -> conversation.text("friends.subject.whichOne", "names", ProductSpeech.join(question.options().stream()
          .map(option -> conversation.text("friends.subject.option", "name", option.spokenName())).toList(), conversation,
          "friends.or"));
      case IDEAS -> conversation.text("friends.subject.ideas", "topic", QuestionWording.toShopper(question.topic(), conversation.locale()));
    };
  }

  /** A deadline in words: "Thursday, November 26 at 7:00 PM". */
  static String when(Conversation conversation, Instant instant) {
    Locale locale = conversation.locale();
    ZonedDateTime at = instant.atZone(DeadlineSlots.zone(locale));
    String day = at.format(DateTimeFormatter.ofPattern(locale.getLanguage().equals("de") ? "EEEE, d. MMMM" : "EEEE, MMMM d", locale));
    String time = at.format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale));
    return conversation.text("friends.when", "day", day, "time", time);
  }

  /** "You have 2 open questions: …", each with its deadline. */
  static Optional<Response> open(Conversation conversation, List<Question> open) {
    if (open.isEmpty()) {
      return conversation.askWithDefaultReprompt(conversation.ssml("friends.list.none"));
    }
    List<String> described = open.stream()
        .map(q -> conversation.text("friends.list.entry", "subject", subject(conversation, q), "when", when(conversation, q.closesAt())))
        .toList();
    String speech = open.size() == 1
        ? conversation.ssml("friends.list.one", "questions", described.get(0))
        : conversation.ssml("friends.list.many", "count", open.size(), "questions", String.join(" ", described));
    return conversation.ask(speech, conversation.ssml("friends.list.reprompt")).build();
  }
}
