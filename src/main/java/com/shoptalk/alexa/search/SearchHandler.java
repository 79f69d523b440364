package com.shoptalk.alexa.search;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Shopping;
import java.util.Optional;

/** "Find a lounge chair", "search for rugs under 200 dollars": searches and reads the top results. */
public final class SearchHandler implements IntentRequestHandler {
  private final Shopping shopping;

  public SearchHandler(Shopping shopping) {
    this.shopping = shopping;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("SearchIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    Optional<String> query = conversation.slot("query");
    if (query.isEmpty()) {
      return conversation.ask(conversation.ssml("search.ask"), conversation.ssml("search.ask")).build();
    }
    return shopping.search(conversation, query.get());
  }
}
