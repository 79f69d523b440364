package com.shoptalk.alexa.search;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.PendingAction;
import com.shoptalk.search.SearchService;
import java.util.Optional;

/** "Did you mean …?" after a search found nothing: yes searches for the suggestion. */
public final class SuggestionAction implements PendingAction {
  private final SearchService searches;
  private final SearchAnswers answers;

  public SuggestionAction(SearchService searches, SearchAnswers answers) {
    this.searches = searches;
    this.answers = answers;
  }

  @Override
  public String name() {
    return SearchSpeech.SUGGESTION;
  }

  @Override
  public Optional<Response> yes(Conversation conversation) {
    return SearchSpeech.takeSuggestion(conversation)
        .map(query -> answers.answer(conversation, searches.search(conversation.locale(), query)))
        .orElseGet(() -> SearchSpeech.askWhat(conversation));
  }

  @Override
  public Optional<Response> no(Conversation conversation) {
    SearchSpeech.takeSuggestion(conversation);
    return conversation.ask(conversation.ssml("search.suggestion.no"), conversation.ssml("search.ask")).build();
  }
}
