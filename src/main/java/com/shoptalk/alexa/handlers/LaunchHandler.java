package com.shoptalk.alexa.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.LaunchRequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.LaunchAnnouncement;
import com.shoptalk.alexa.search.LastSearchAction;
import com.shoptalk.storage.StorageUnavailableException;
import com.shoptalk.user.Arrival;
import com.shoptalk.user.UserProfile;
import com.shoptalk.user.VisitService;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the skill: news first (friends' answers since the last visit), then a welcome or a welcome
 * back that remembers the last search. The visit is remembered after the answer.
 *
 * <p>The profile and the list of the shopper's questions come in one read ({@link VisitService#arrive});
 * the news then reads those questions' answers.
 *
 * <p>Nothing here needs the store to welcome the shopper: when the profile cannot be read, the
 * shopper hears the plain welcome (no welcome back, no news); when the news cannot be read, the
 * welcome without it. Then the visit is not remembered either, so the news waits for the next visit.
 */
public final class LaunchHandler implements LaunchRequestHandler {
  private static final Logger LOG = LoggerFactory.getLogger(LaunchHandler.class);
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
    Arrival arrival;
    try {
      arrival = visits.arrive(userId);
    } catch (StorageUnavailableException unread) {
      LOG.info("welcome without the shopper's profile: {}", unread.getMessage());
      return welcome(conversation, null);
    }
    UserProfile previous = arrival.previous();
    for (LaunchAnnouncement announcement : announcements) {
      Optional<Response> news;
      try {
        news = announcement.announce(conversation, arrival);
      } catch (StorageUnavailableException unread) {
        LOG.info("welcome without news: {}", unread.getMessage());
        return welcome(conversation, previous);
      }
      if (news.isPresent()) {
        conversation.afterAnswer(() -> visits.recordVisit(userId));
        return news;
      }
    }
    conversation.afterAnswer(() -> visits.recordVisit(userId));
    return welcome(conversation, previous);
  }

  /** The welcome; {@code previous} is {@code null} when the profile could not be read. */
  private static Optional<Response> welcome(Conversation conversation, UserProfile previous) {
    if (previous == null || previous.isFirstVisit()) {
      return conversation.ask(conversation.ssml("launch.first"), conversation.ssml("launch.reprompt")).build();
    }
    // A search said in the other language is not offered ("Last time you searched for teppiche").
    Optional<String> lastSearch = previous.lastSearchIn(conversation.locale().toLanguageTag());
    if (lastSearch.isEmpty()) {
      return conversation.ask(conversation.ssml("launch.back"), conversation.ssml("launch.reprompt")).build();
    }
    LastSearchAction.offer(conversation, lastSearch.get());
    return conversation.ask(conversation.ssml("launch.back.withSearch", "search", lastSearch.get()),
        conversation.ssml("launch.back.withSearch.reprompt", "search", lastSearch.get())).build();
  }
}
