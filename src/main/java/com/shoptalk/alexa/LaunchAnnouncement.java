package com.shoptalk.alexa;

import com.amazon.ask.model.Response;
import com.shoptalk.user.Arrival;
import java.util.Optional;

/** News a shopper hears first when opening the skill, such as friends' new answers. */
@FunctionalInterface
public interface LaunchAnnouncement {
  /**
   * A whole response when there is news, else empty.
   *
   * @param arrival the shopper as read for this launch: the profile as it was before this visit (its
   *     {@code lastVisit} is the previous one) and their questions
   */
  Optional<Response> announce(Conversation conversation, Arrival arrival);
}
