package com.shoptalk.alexa.friends;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.LaunchAnnouncement;
import com.shoptalk.alexa.PendingAction;
import com.shoptalk.question.QuestionNews;
import com.shoptalk.question.QuestionService;
import com.shoptalk.user.Arrival;
import java.util.List;
import java.util.Optional;

/**
 * On launch, answers that arrived since the last visit come first ("Three friends answered your
 * question about the lounge chair. Want to hear them?"); a yes reads the verdicts.
 */
public final class FriendsNews implements LaunchAnnouncement, PendingAction {
  private final QuestionService questions;
  private final VerdictAnswers verdicts;

  public FriendsNews(QuestionService questions, VerdictAnswers verdicts) {
    this.questions = questions;
    this.verdicts = verdicts;
  }

  @Override
  public Optional<Response> announce(Conversation conversation, Arrival arrival) {
    if (arrival.previous().lastVisit() == null) {
      return Optional.empty();
    }
    List<QuestionNews> news = questions.news(arrival.questions(), arrival.previous().lastVisit());
    if (news.isEmpty()) {
      return Optional.empty();
    }
    String speech;
    if (news.size() == 1) {
      QuestionNews only = news.get(0);
      speech = conversation.ssml(only.newAnswers() == 1 ? "friends.news.one" : "friends.news.many",
          "count", only.newAnswers(), "subject", QuestionSpeech.subject(conversation, only.question()));
    } else {
      speech = conversation.ssml("friends.news.several",
          "count", news.stream().mapToInt(QuestionNews::newAnswers).sum(), "questions", news.size());
    }
    conversation.pending(name());
    boolean one = news.size() == 1 && news.get(0).newAnswers() == 1;
    String question = conversation.ssml(one ? "friends.news.hear.one" : "friends.news.hear");
    return conversation.ask(speech + " " + question, question).build();
  }

  @Override
  public String name() {
    return "hearAnswers";
  }

  @Override
  public Optional<Response> yes(Conversation conversation) {
    return verdicts.read(conversation);
  }

  @Override
  public Optional<Response> no(Conversation conversation) {
    return conversation.ask(conversation.ssml("friends.news.later"), conversation.ssml("launch.reprompt")).build();
  }
}
