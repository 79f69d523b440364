package com.shoptalk.alexa.search;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.PendingAction;
import com.shoptalk.alexa.Shopping;
import java.util.Optional;

/** "Did you mean …?" after a search found nothing: yes searches for the suggestion. */
public final class SuggestionAction implements PendingAction {
  private final Shopping shopping;

  public SuggestionAction(Shopping shopping) {
    this.shopping = shopping;
  }

  @Override
  public String name() {
    return Shopping.SUGGESTION;
  }

  @Override
  public Optional<Response> yes(Conversation conversation) {
    return shopping.suggestedQuery(conversation)
        .map(query -> shopping.search(conversation, query))
        .orElseGet(() -> conversation.ask(conversation.ssml("search.ask"), conversation.ssml("search.ask")).build());
  }

  @Override
  public Optional<Response> no(Conversation conversation) {
    shopping.suggestedQuery(conversation);
    return conversation.ask(conversation.ssml("search.suggestion.no"), conversation.ssml("search.ask")).build();
  }
}
