package com.shoptalk.alexa.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.LaunchRequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.LaunchAnnouncement;
import com.shoptalk.alexa.search.LastSearchAction;
import com.shoptalk.user.UserProfile;
import com.shoptalk.user.VisitService;
import java.util.List;
import java.util.Optional;

/**
 * Opens the skill: news first (friends' answers since the last visit), then a welcome or a welcome
 * back that remembers the last search. The visit is remembered after the answer.
 */
public final class LaunchHandler implements LaunchRequestHandler {
  private final VisitService visits;
  private final List<LaunchAnnouncement> announcements;

  public LaunchHandler(VisitService visits, List<LaunchAnnouncement> announcements) {
    this.visits = visits;
    this.announcements = List.copyOf(announcements);
  }

  @Override
  public boolean canHandle(HandlerInput input, LaunchRequest request) {
    return true;
  }

  @Override
  public Optional<Response> handle(HandlerInput input, LaunchRequest request) {
    var conversation = new Conversation(input);
    String userId = conversation.userId();
    UserProfile previous = visits.previous(userId);
    conversation.afterAnswer(() -> visits.recordVisit(userId));
    for (LaunchAnnouncement announcement : announcements) {
      Optional<Response> news = announcement.announce(conversation, previous);
      if (news.isPresent()) {
        return news;
      }
    }
    return welcome(conversation, previous);
  }

  private static Optional<Response> welcome(Conversation conversation, UserProfile previous) {
    if (previous.isFirstVisit()) {
      return conversation.ask(conversation.ssml("launch.first"), conversation.ssml("launch.reprompt")).build();
    }
    if (previous.lastSearch() == null) {
      return conversation.ask(conversation.ssml("launch.back"), conversation.ssml("launch.reprompt")).build();
    }
    LastSearchAction.offer(conversation, previous.lastSearch());
    return conversation.ask(conversation.ssml("launch.back.withSearch", "search", previous.lastSearch()),
        conversation.ssml("launch.back.withSearch.reprompt", "search", previous.lastSearch())).build();
  }
}
