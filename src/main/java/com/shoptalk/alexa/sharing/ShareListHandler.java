package com.shoptalk.alexa.sharing;

import static com.amazon.ask.request.Predicates.intentName;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.impl.IntentRequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.PendingAction;
import com.shoptalk.alexa.ShopperProfile;
import com.shoptalk.alexa.wishlist.ListChoice;
import com.shoptalk.sharing.ShareListService;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListOwner;
import com.shoptalk.wishlist.WishListService;
import java.util.Optional;

/**
 * "Share my birthday list": names the list and asks first; after a yes, shares it and delivers the
 * link like a question's (card always, e-mail with one-tap share links when allowed). A list that is
 * shared already gets its link delivered again at once.
 */
public final class ShareListHandler implements IntentRequestHandler, PendingAction {
  private final WishListService wishLists;
  private final ListChoice lists;
  private final ShareListService sharing;

  public ShareListHandler(WishListService wishLists, ListChoice lists, ShareListService sharing) {
    this.wishLists = wishLists;
    this.lists = lists;
    this.sharing = sharing;
  }

  @Override
  public boolean canHandle(HandlerInput input, IntentRequest request) {
    return input.matches(intentName("ShareListIntent"));
  }

  @Override
  public Optional<Response> handle(HandlerInput input, IntentRequest request) {
    var conversation = new Conversation(input);
    WishListOwner owner = ListChoice.owner(conversation);
    // The name as said now ("Geburtstagsliste"), which reads better than a first "Geburtstags".
    ListName list = lists.list(conversation, false);
    int wishes = wishLists.items(owner, list).size();
    if (wishes == 0) {
      return SharingSpeech.nothingToShare(conversation, list);
    }
    if (sharing.isShared(owner, list)) {
      return share(conversation, owner, list);
    }
    PendingList.ask(conversation, name(), list);
    String question = SharingSpeech.confirmShare(conversation, list, wishes);
    return conversation.ask(question, question).build();
  }

  @Override
  public String name() {
    return "shareList";
  }

  @Override
  public Optional<Response> yes(Conversation conversation) {
    return share(conversation, ListChoice.owner(conversation), PendingList.take(conversation));
  }

  @Override
  public Optional<Response> no(Conversation conversation) {
    PendingList.take(conversation);
    return conversation.askWithDefaultReprompt(conversation.ssml("lists.share.kept"));
  }

  private Optional<Response> share(Conversation conversation, WishListOwner owner, ListName list) {
    return SharingSpeech.shared(conversation, list, sharing.share(owner, list,
        ShopperProfile.givenName(conversation.input()), conversation.locale(),
        ShopperProfile.email(conversation.input())));
  }
}
