package com.shoptalk.alexa.friends;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.ProductSpeech;
import com.shoptalk.friends.QuestionWording;
import com.shoptalk.question.Answer;
import com.shoptalk.question.Question;
import com.shoptalk.question.QuestionKind;
import com.shoptalk.question.QuestionOption;
import com.shoptalk.question.Tally;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Friends' answers in words: the tally, the winner, ideas and the latest comments, then an offer to save the favourite. */
final class VerdictSpeech {
  /** Session attribute: the product a yes puts on the wish list. */
  static final String FAVOURITE = "winnerProductId";
  private static final int COMMENTS = 2;
  private static final int IDEAS = 3;

  private VerdictSpeech() {}

  /** The verdicts of the questions, then an offer to save the first favourite. */
  static Optional<Response> verdicts(Conversation conversation, List<Tally> tallies, Instant now) {
    if (tallies.isEmpty()) {
      return conversation.askWithDefaultReprompt(conversation.ssml("friends.verdict.noQuestions"));
    }
    var speech = new ArrayList<String>();
    Optional<QuestionOption> offer = Optional.empty();
    for (Tally tally : tallies) {
      speech.add(verdict(conversation, tally, now));
      if (offer.isEmpty()) {
        offer = tally.favourite();
      }
    }
    if (offer.isPresent()) {
      conversation.session().put(FAVOURITE, offer.get().productId());
      conversation.pending(AddWinnerAction.NAME);
      String question = conversation.ssml("friends.verdict.offer", "name", offer.get().spokenName());
      return conversation.ask(String.join(" ", speech) + " " + question, question).build();
    }
    return conversation.askWithDefaultReprompt(String.join(" ", speech));
  }

  /** One question's verdict with its latest comments, and whether it is closed. */
  private static String verdict(Conversation conversation, Tally tally, Instant now) {
    String answers = answers(conversation, tally).orElseGet(() ->
        conversation.ssml("friends.verdict.none", "subject", QuestionSpeech.subject(conversation, tally.question())));
    return tally.voters() > 0 && !tally.question().isOpen(now)
        ? answers + " " + conversation.ssml("friends.verdict.closed") : answers;
  }

  /** What friends answered, with the latest comments; empty when nobody answered. */
  static Optional<String> answers(Conversation conversation, Tally tally) {
    Question question = tally.question();
    if (tally.voters() == 0) {
      return Optional.empty();
    }
    var parts = new ArrayList<String>();
    parts.add(switch (question.kind()) {
      case ABOUT_ONE -> advice(conversation, tally);
      case WHICH_ONE -> choice(conversation, tally);
      case IDEAS -> conversation.ssml(tally.voters() == 1 ? "friends.verdict.ideas.one" : "friends.verdict.ideas",
          "count", tally.voters(), "topic", QuestionWording.toShopper(question.topic(), conversation.locale()),
          "ideas", ProductSpeech.join(tally.ideas(IDEAS).stream().map(VerdictSpeech::withoutFinalStop).toList(), conversation));
    });
    if (question.kind() != QuestionKind.IDEAS) {
      for (Answer answer : tally.comments(COMMENTS)) {
        parts.add(conversation.ssml("friends.verdict.comment",
            "name", answer.voterName() == null ? conversation.text("friends.aFriend") : answer.voterName(),
            "comment", sentence(answer.comment())));
      }
    }
    return Optional.of(String.join(" ", parts));
  }

  private static String advice(Conversation conversation, Tally tally) {
    int buy = tally.counts().get(0);
    int skip = tally.counts().get(1);
    String name = tally.question().options().get(0).spokenName();
    String single = tally.votes() == 1 ? ".single" : "";
    return switch (tally.advice()) {
      case SPLIT -> conversation.ssml("friends.verdict.split", "buy", buy, "skip", skip, "name", name);
      case BUY -> conversation.ssml("friends.verdict.buy" + single, "count", buy, "votes", tally.votes(), "name", name);
      case SKIP -> conversation.ssml("friends.verdict.skip" + single, "count", skip, "votes", tally.votes(), "name", name);
    };
  }

  private static String choice(Conversation conversation, Tally tally) {
    if (tally.winnerIndex().isPresent()) {
      int winner = tally.winnerIndex().getAsInt();
      return conversation.ssml(tally.votes() == 1 ? "friends.verdict.picked.single" : "friends.verdict.picked",
          "count", tally.counts().get(winner), "votes", tally.votes(),
          "name", tally.question().options().get(winner).spokenName());
    }
    List<String> tied = tally.tied().stream()
        .map(option -> conversation.text("friends.subject.option", "name", option.spokenName())).toList();
    return conversation.ssml("friends.verdict.tie", "names", ProductSpeech.join(tied, conversation), "votes", tally.votes());
  }

  /** A comment's first sentence, ending in a full stop so the next sentence does not run into it. */
  private static String sentence(String comment) {
    String first = ProductSpeech.firstSentence(comment, 200);
    return first.matches("(?s).*[.!?…]$") ? first : first + ".";
  }

  /** An idea without its closing full stop, for reading several in one sentence. */
  private static String withoutFinalStop(String idea) {
    return idea.strip().replaceAll("[.!;,]+$", "");
  }
}
