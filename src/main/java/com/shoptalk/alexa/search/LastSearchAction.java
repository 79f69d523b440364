package com.shoptalk.alexa.search;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.PendingAction;
import com.shoptalk.alexa.Shopping;
import java.util.Optional;

/** "Last time you looked at rugs. Should I search for rugs again?" — yes searches again. */
public final class LastSearchAction implements PendingAction {
  private static final String NAME = "lastSearch";
  private static final String SEARCH = "lastSearchText";
  private final Shopping shopping;

  public LastSearchAction(Shopping shopping) {
    this.shopping = shopping;
  }

  /** Makes the next yes search for {@code search} again. */
  public static void offer(Conversation conversation, String search) {
    conversation.pending(NAME);
    conversation.session().put(SEARCH, search);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Response> yes(Conversation conversation) {
    Object search = conversation.session().remove(SEARCH);
    return search == null
        ? conversation.ask(conversation.ssml("search.ask"), conversation.ssml("search.ask")).build()
        : shopping.search(conversation, search.toString());
  }

  @Override
  public Optional<Response> no(Conversation conversation) {
    conversation.session().remove(SEARCH);
    return conversation.ask(conversation.ssml("search.ask"), conversation.ssml("search.ask")).build();
  }
}
