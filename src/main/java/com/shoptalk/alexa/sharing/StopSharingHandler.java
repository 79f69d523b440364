package com.shoptalk.alexa.sharing;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.wishlist.ListChoice;
import com.shoptalk.sharing.SharingService;
import com.shoptalk.wishlist.ListName;
import java.util.Optional;

/** "Stop sharing my birthday list": its link then says the list is no longer shared. */
public final class StopSharingHandler implements IntentRequestHandler {
  private final SharingService sharing;
  private final ListChoice lists;

  public StopSharingHandler(SharingService sharing, ListChoice lists) {
    this.sharing = sharing;
    this.lists = lists;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("StopSharingIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    ListName list = SharedListChoice.of(conversation, lists, sharing, false);
    return SharingSpeech.stopped(conversation, list, sharing.stopSharing(ListChoice.owner(conversation), list));
  }
}
