package com.shoptalk.alexa.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.PendingChoice;
import java.util.Optional;

/**
 * "Stop" and "cancel". Cancel while the skill waits for a yes or no (or a "which one?") drops just that question and
 * keeps the conversation going. With nothing pending, a shopper who says "never mind" while browsing (results or a
 * wish list heard in this session) means "forget that", not "close the skill": the conversation stays open, and
 * "stop" is one word away. Cancel with nothing heard yet, and stop always, say goodbye.
 */
public final class StopHandler implements IntentRequestHandler {
  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("AMAZON.StopIntent").or(intentName("AMAZON.CancelIntent")));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    boolean cancel = "AMAZON.CancelIntent".equals(request.getIntent().getName());
    if (cancel && (conversation.pending().isPresent() || PendingChoice.isOpen(conversation))) {
      conversation.pending(null);
      PendingChoice.drop(conversation);
      return conversation.askWithDefaultReprompt(conversation.ssml("cancel.pending"));
    }
    if (cancel && Listing.of(conversation).isPresent()) {
      return conversation.askWithDefaultReprompt(conversation.ssml("cancel.browsing"));
    }
    return conversation.tell(conversation.ssml("goodbye")).build();
  }
}
