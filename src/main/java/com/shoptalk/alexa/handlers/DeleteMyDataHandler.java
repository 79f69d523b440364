package com.shoptalk.alexa.handlers;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.PendingAction;
import com.shoptalk.user.AccountDeletion;
import java.util.Optional;

/** "Delete my data": after a yes, everything ShopTalk stored for this account is gone. */
public final class DeleteMyDataHandler implements IntentRequestHandler, PendingAction {
  private final AccountDeletion accountDeletion;

  public DeleteMyDataHandler(AccountDeletion accountDeletion) {
    this.accountDeletion = accountDeletion;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("DeleteMyDataIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    conversation.pending(name());
    return conversation.ask(conversation.ssml("deleteData.confirm"), conversation.ssml("deleteData.confirm")).build();
  }

  @Override
  public String name() {
    return "deleteData";
  }

  @Override
  public Optional<Response> yes(Conversation conversation) {
    accountDeletion.deleteAllOf(conversation.userId());
    conversation.session().clear();
    return conversation.tell(conversation.ssml("deleteData.done")).build();
  }

  @Override
  public Optional<Response> no(Conversation conversation) {
    return conversation.askWithDefaultReprompt(conversation.ssml("deleteData.kept"));
  }
}
