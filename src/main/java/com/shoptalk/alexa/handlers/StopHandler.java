package com.shoptalk.alexa.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.LastResponseInterceptor;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.PendingChoice;
import java.util.Optional;
import java.util.Set;

/**
 * "Stop" and "cancel". Cancel while the skill waits for a yes or no (or a "which one?") drops just that question and
 * keeps the conversation going. With nothing pending, a shopper who says "never mind" while browsing (results or a
 * wish list heard in this session, and the last answer one about them) means "forget that", not "close the skill":
 * the conversation stays open, and "stop" is one word away. Cancel after the welcome or help (nothing done yet to
 * forget, just a menu declined), and stop always, say goodbye.
 */
public final class StopHandler implements IntentRequestHandler {
  /** Answers that offer what to do rather than do something: "cancel" after them declines the skill. */
  private static final Set<String> MENUS = Set.of("AMAZON.HelpIntent", "LaunchRequest");

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
    if (cancel && Listing.of(conversation).isPresent() && !LastResponseInterceptor.lastTurn(conversation)
        .filter(MENUS::contains).isPresent()) {
      return conversation.askWithDefaultReprompt(conversation.ssml("cancel.browsing"));
    }
    return conversation.tell(conversation.ssml("goodbye")).build();
  }
}
