package com.shoptalk.alexa.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.LaunchRequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.LaunchAnnouncement;
import com.shoptalk.alexa.search.LastSearchAction;
import com.shoptalk.user.UserProfile;
import com.shoptalk.user.UserRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Opens the skill: news first (friends' answers since the last visit), then a welcome or a welcome
 * back that remembers the last search.
 */
public final class LaunchHandler implements LaunchRequestHandler {
  private final UserRepository users;
  private final Clock clock;
  private final List<LaunchAnnouncement> announcements;

  public LaunchHandler(UserRepository users, Clock clock, List<LaunchAnnouncement> announcements) {
    this.users = users;
    this.clock = clock;
    this.announcements = List.copyOf(announcements);
  }

  @Override
  public boolean canHandle(HandlerInput input, LaunchRequest request) {
    return true;
  }

  @Override
  public Optional<Response> handle(HandlerInput input, LaunchRequest request) {
    var conversation = new Conversation(input);
    UserProfile profile = users.find(conversation.userId()).orElse(UserProfile.newUser(conversation.userId()));
    users.save(profile.withLastVisit(clock.instant()));

    for (LaunchAnnouncement announcement : announcements) {
      Optional<Response> news = announcement.announce(conversation, profile);
      if (news.isPresent()) {
        return news;
      }
    }
    String speech;
    if (profile.lastVisit() == null && profile.lastSearch() == null) {
      speech = conversation.ssml("launch.first");
    } else if (profile.lastSearch() != null) {
      speech = conversation.ssml("launch.back.withSearch", "search", profile.lastSearch());
      LastSearchAction.offer(conversation, profile.lastSearch());
      return conversation.ask(speech, conversation.ssml("launch.back.withSearch.reprompt", "search", profile.lastSearch())).build();
    } else {
      speech = conversation.ssml("launch.back");
    }
    return conversation.ask(speech, conversation.ssml("launch.reprompt")).build();
  }
}
