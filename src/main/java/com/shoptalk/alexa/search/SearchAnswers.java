package com.shoptalk.alexa.search;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.search.SearchOutcome;
import com.shoptalk.user.VisitService;
import java.util.Optional;

/**
 * Answers with a search's outcome ({@link SearchSpeech}) and, once the answer is composed,
 * remembers the search for the shopper's next visit.
 */
public final class SearchAnswers {
  private final VisitService visits;

  public SearchAnswers(VisitService visits) {
    this.visits = visits;
  }

  /** Reads the outcome with the usual heading ("I found …"). */
  public Optional<Response> answer(Conversation conversation, SearchOutcome outcome) {
    remember(conversation, outcome);
    return SearchSpeech.answer(conversation, outcome);
  }

  /** Reads what was found after a heading of the caller's. */
  public Optional<Response> answer(Conversation conversation, SearchOutcome.Found found, String heading) {
    remember(conversation, found);
    return SearchSpeech.found(conversation, found, heading);
  }

  private void remember(Conversation conversation, SearchOutcome outcome) {
    String userId = conversation.userId();
    String locale = conversation.locale().toLanguageTag();
    outcome.searchToRemember().ifPresent(search -> conversation.afterAnswer(() -> visits.rememberSearch(userId, search,
        locale)));
  }
}
