package com.shoptalk.alexa.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.PendingAction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** "Yes" and "no": answers whatever the skill asked last (see {@link PendingAction}). */
public final class YesNoHandler implements IntentRequestHandler {
  private final Map<String, PendingAction> actions;

  public YesNoHandler(List<PendingAction> actions) {
    this.actions = actions.stream().collect(Collectors.toUnmodifiableMap(PendingAction::name, Function.identity()));
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("AMAZON.YesIntent").or(intentName("AMAZON.NoIntent")));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    boolean yes = "AMAZON.YesIntent".equals(request.getIntent().getName());
    Optional<PendingAction> action = conversation.pending().map(actions::get);
    conversation.pending(null);
    if (action.isEmpty()) {
      return conversation.askWithDefaultReprompt(conversation.ssml(yes ? "yesNo.nothing.yes" : "yesNo.nothing.no"));
    }
    return yes ? action.get().yes(conversation) : action.get().no(conversation);
  }
}
