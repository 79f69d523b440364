package com.shoptalk.alexa.handlers;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.events.skillevents.AccountLinkedRequest;
import com.amazon.ask.model.events.skillevents.PermissionAcceptedRequest;
import com.amazon.ask.model.events.skillevents.PermissionChangedRequest;
import com.amazon.ask.model.events.skillevents.SkillDisabledRequest;
import com.amazon.ask.model.events.skillevents.SkillEnabledRequest;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.user.AccountDeletion;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Skill events from Alexa, outside any conversation. A disabled skill deletes everything stored for
 * that user (whether or not Alexa keeps the user id); the other events are acknowledged (permissions are checked afresh on every use).
 */
public final class SkillEventHandler implements RequestHandler {
  private static final Logger LOG = LoggerFactory.getLogger(SkillEventHandler.class);
  private final AccountDeletion accountDeletion;

  public SkillEventHandler(AccountDeletion accountDeletion) {
    this.accountDeletion = accountDeletion;
  }

  @Override
  public boolean canHandle(HandlerInput input) {
    var request = input.getRequestEnvelope().getRequest();
    return request instanceof SkillDisabledRequest
        || request instanceof SkillEnabledRequest
        || request instanceof PermissionChangedRequest
        || request instanceof PermissionAcceptedRequest
        || request instanceof AccountLinkedRequest;
  }

  @Override
  public Optional<Response> handle(HandlerInput input) {
    var request = input.getRequestEnvelope().getRequest();
    if (request instanceof SkillDisabledRequest) {
      accountDeletion.deleteAllOf(Conversation.userId(input));
      LOG.info("skill disabled: deleted the user's data");
    }
    return input.getResponseBuilder().build();
  }
}
