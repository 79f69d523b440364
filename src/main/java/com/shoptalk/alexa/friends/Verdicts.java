package com.shoptalk.alexa.friends;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.ProductSpeech;
import com.shoptalk.question.Answer;
import com.shoptalk.question.Question;
import com.shoptalk.question.QuestionKind;
import com.shoptalk.question.QuestionOption;
import com.shoptalk.question.Tally;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Friends' answers in words: the tally, the winner, ideas and the latest comments. */
final class Verdicts {
  /** Questions closed longer ago than this are no longer read out. */
  private static final Duration RECENTLY_CLOSED = Duration.ofDays(7);
  private static final int MAX_QUESTIONS = 3;
  private static final int COMMENTS = 2;
  static final String WINNER = "winnerProductId";

  private Verdicts() {}

  /** "What did my friends say": the verdicts of open and recently closed questions, then an offer. */
  static Optional<Response> read(Friends friends, Conversation conversation) {
    Instant now = friends.clock().instant();
    List<Tally> tallies = friends.questions().tallies(conversation.userId()).stream()
        .filter(t -> t.question().isOpen(now) || t.question().closesAt().isAfter(now.minus(RECENTLY_CLOSED)))
        .limit(MAX_QUESTIONS)
        .toList();
    if (tallies.isEmpty()) {
      return conversation.askWithDefaultReprompt(conversation.ssml("friends.verdict.noQuestions"));
    }
    // Answers heard now are not news at the next launch.
    String userId = conversation.userId();
    conversation.afterAnswer(() -> friends.visits().recordVisit(userId));
    var speech = new StringBuilder();
    Optional<QuestionOption> offer = Optional.empty();
    for (Tally tally : tallies) {
      speech.append(speech.length() == 0 ? "" : " ").append(verdict(conversation, tally, now));
      if (offer.isEmpty()) {
        offer = winner(tally);
      }
    }
    if (offer.isPresent()) {
      conversation.session().put(WINNER, offer.get().productId());
      conversation.pending(AddWinnerAction.NAME);
      String question = conversation.ssml("friends.verdict.offer", "name", offer.get().spokenName());
      return conversation.ask(speech + " " + question, question).build();
    }
    return conversation.askWithDefaultReprompt(speech.toString());
  }

  /** One question's verdict with its latest comments, and whether it is closed. */
  static String verdict(Conversation conversation, Tally tally, Instant now) {
    String answers = answers(conversation, tally).orElseGet(() ->
        conversation.ssml("friends.verdict.none", "subject", Friends.subject(conversation, tally.question())));
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
    switch (question.kind()) {
      case ABOUT_ONE -> {
        int buy = tally.counts().get(0);
        int skip = tally.counts().get(1);
        String name = question.options().get(0).spokenName();
        String single = tally.votes() == 1 ? ".single" : "";
        parts.add(buy == skip
            ? conversation.ssml("friends.verdict.split", "buy", buy, "skip", skip, "name", name)
            : buy > skip
            ? conversation.ssml("friends.verdict.buy" + single, "count", buy, "votes", tally.votes(), "name", name)
            : conversation.ssml("friends.verdict.skip" + single, "count", skip, "votes", tally.votes(), "name", name));
      }
      case WHICH_ONE -> {
        OptionalInt winner = tally.winnerIndex();
        if (winner.isPresent()) {
          parts.add(conversation.ssml(tally.votes() == 1 ? "friends.verdict.picked.single" : "friends.verdict.picked",
              "count", tally.counts().get(winner.getAsInt()),
              "votes", tally.votes(), "name", question.options().get(winner.getAsInt()).spokenName()));
        } else {
          int best = tally.counts().stream().mapToInt(Integer::intValue).max().orElse(0);
          List<String> tied = new ArrayList<>();
          for (int i = 0; i < tally.counts().size(); i++) {
            if (tally.counts().get(i) == best) {
              tied.add(conversation.text("friends.subject.option", "name", question.options().get(i).spokenName()));
            }
          }
          parts.add(conversation.ssml("friends.verdict.tie", "names", ProductSpeech.join(tied, conversation), "votes", tally.votes()));
        }
      }
      case IDEAS -> {
        List<String> ideas = tally.latest().stream().map(Answer::ideaText).filter(i -> i != null && !i.isBlank())
            .map(Verdicts::withoutFinalStop).limit(3).toList();
        parts.add(conversation.ssml(tally.voters() == 1 ? "friends.verdict.ideas.one" : "friends.verdict.ideas",
            "count", tally.voters(), "topic", question.topic(), "ideas", ProductSpeech.join(ideas, conversation)));
      }
    }
    if (question.kind() != QuestionKind.IDEAS) {
      tally.latest().stream().filter(a -> a.comment() != null && !a.comment().isBlank()).limit(COMMENTS)
          .forEach(a -> parts.add(conversation.ssml("friends.verdict.comment",
              "name", a.voterName() == null ? conversation.text("friends.aFriend") : a.voterName(),
              "comment", sentence(a.comment()))));
    }
    return Optional.of(String.join(" ", parts));
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

  /** The option friends favour: a which-one winner, or the product of a "buy it" majority. */
  private static Optional<QuestionOption> winner(Tally tally) {
    Question question = tally.question();
    if (question.kind() == QuestionKind.WHICH_ONE) {
      OptionalInt index = tally.winnerIndex();
      return index.isPresent() ? Optional.of(question.options().get(index.getAsInt())) : Optional.empty();
    }
    if (question.kind() == QuestionKind.ABOUT_ONE && tally.counts().get(0) > tally.counts().get(1)) {
      return Optional.of(question.options().get(0));
    }
    return Optional.empty();
  }
}
