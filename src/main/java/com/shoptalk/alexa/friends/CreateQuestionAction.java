package com.shoptalk.alexa.friends;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.PendingAction;
import com.shoptalk.alexa.ShopperProfile;
import com.shoptalk.friends.AskFriendsService;
import com.shoptalk.friends.Asked;
import com.shoptalk.friends.Asking;
import com.shoptalk.storage.StorageUnavailableException;
import java.util.Optional;

/**
 * The shopper's "yes" to a drafted question: creates it and delivers the link — always as a card in
 * the Alexa app, and by e-mail when the shopper allowed ShopTalk to read their address.
 */
public final class CreateQuestionAction implements PendingAction {
  static final String NAME = "createQuestion";
  private final AskFriendsService asking;

  public CreateQuestionAction(AskFriendsService asking) {
    this.asking = asking;
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * Creates the drafted question under the draft's key. The draft stays in the session until the
   * question is stored: when the store fails, the shopper hears that it was not created and can say
   * yes again, which finds a question an answer-less attempt did store instead of making a second.
   */
  @Override
  public Optional<Response> yes(Conversation conversation) {
    Optional<QuestionDrafts.Stored> draft = QuestionDrafts.peek(conversation);
    if (draft.isEmpty()) {
      return conversation.askWithDefaultReprompt(conversation.ssml("friends.draftLost"));
    }
    Asked asked;
    try {
      asked = asking.ask(new Asking(
          conversation.userId(),
          conversation.personId().orElse(null),
          ShopperProfile.givenName(conversation.input()),
          draft.get().kind(),
          draft.get().productIds(),
          draft.get().topic(),
          conversation.locale(),
          draft.get().closesAt(),
          ShopperProfile.email(conversation.input())), draft.get().creationKey());
    } catch (StorageUnavailableException notCreated) {
      conversation.pending(NAME); // "yes" tries again, with the same key
      throw notCreated;
    }
    QuestionDrafts.remove(conversation);
    return QuestionSpeech.created(conversation, asked);
  }

  @Override
  public Optional<Response> no(Conversation conversation) {
    QuestionDrafts.take(conversation);
    return conversation.askWithDefaultReprompt(conversation.ssml("friends.notSent"));
  }
}
