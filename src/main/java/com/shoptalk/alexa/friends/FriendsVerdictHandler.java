package com.shoptalk.alexa.friends;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import java.util.Optional;

/** "What did my friends say?": tallies, winners, ideas, latest comments, then an offer to save the winner. */
public final class FriendsVerdictHandler implements IntentRequestHandler {
  private final VerdictAnswers verdicts;

  public FriendsVerdictHandler(VerdictAnswers verdicts) {
    this.verdicts = verdicts;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("FriendsVerdictIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    // a new request: an earlier yes/no question (e.g. the e-mail offer) no longer stands
    conversation.pending(null);
    return verdicts.read(conversation);
  }
}
