package com.shoptalk.alexa.friends;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.PendingAction;
import com.shoptalk.alexa.ShopperProfile;
import java.util.List;
import java.util.Optional;

/** "Want me to e-mail you the link, too?" — a yes sends the permission card to the Alexa app. */
public final class EmailPermissionAction implements PendingAction {
  static final String NAME = "emailPermission";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<Response> yes(Conversation conversation) {
    return conversation.ask(conversation.ssml("friends.permission.sent"), conversation.ssml("reprompt.default"))
        .withAskForPermissionsConsentCard(List.of(ShopperProfile.EMAIL_SCOPE, ShopperProfile.GIVEN_NAME_SCOPE))
        .build();
  }

  @Override
  public Optional<Response> no(Conversation conversation) {
    return conversation.askWithDefaultReprompt(conversation.ssml("friends.permission.declined"));
  }
}
