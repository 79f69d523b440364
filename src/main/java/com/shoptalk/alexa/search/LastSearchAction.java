package com.shoptalk.alexa.search;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.PendingAction;
import com.shoptalk.search.SearchService;
import java.util.Optional;

/** "Last time you searched for rugs. Should I search for it again?" — yes searches again. */
public final class LastSearchAction implements PendingAction {
  private static final String NAME = "lastSearch";
  private static final String SEARCH = "lastSearchText";
  private final SearchService searches;
  private final SearchAnswers answers;

  public LastSearchAction(SearchService searches, SearchAnswers answers) {
    this.searches = searches;
    this.answers = answers;
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
        ? SearchSpeech.askWhat(conversation)
        : answers.answer(conversation, searches.search(conversation.locale(), search.toString()));
  }

  @Override
  public Optional<Response> no(Conversation conversation) {
    conversation.session().remove(SEARCH);
    return SearchSpeech.askWhat(conversation);
  }
}
