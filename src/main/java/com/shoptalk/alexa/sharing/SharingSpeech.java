package com.shoptalk.alexa.sharing;

import com.amazon.ask.model.Response;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.ProductSpeech;
import com.shoptalk.alexa.wishlist.WishListSpeech;
import com.shoptalk.sharing.GiftCount;
import com.shoptalk.sharing.Shared;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListItem;
import java.util.List;
import java.util.Optional;

/**
 * Shared lists in words: asking before sharing, the link delivered (speech and card), stopping,
 * the owner's counts without spoilers, and the taken wishes for an owner who insisted — never who
 * took them.
 */
public final class SharingSpeech {
  private SharingSpeech() {}

  /** "Should I share your birthday list? Friends with the link can see its 5 wishes …" */
  static String confirmShare(Conversation conversation, ListName list, int wishes) {
    String label = WishListSpeech.label(conversation, list);
    return wishes == 1
        ? conversation.ssml("lists.share.confirm.one", "list", label)
        : conversation.ssml("lists.share.confirm", "list", label, "count", wishes);
  }

  /** "There's nothing on your birthday list to share yet." */
  static Optional<Response> nothingToShare(Conversation conversation, ListName list) {
    return conversation.askWithDefaultReprompt(
        conversation.ssml("lists.share.empty", "list", WishListSpeech.labelDative(conversation, list)));
  }

  /** The list is shared: how the link reached the shopper, and the link on a card. */
  static Optional<Response> shared(Conversation conversation, ListName list, Shared shared) {
    String key = (shared.again() ? "lists.share.again." : "lists.share.done.") + switch (shared.delivery()) {
      case EMAILED -> "email";
      case EMAIL_FAILED -> "emailFailed";
      case CARD -> "card";
    };
    String speech = conversation.ssml(key, "list", WishListSpeech.label(conversation, list)) + " "
        + conversation.ssml("lists.share.surprise");
    String card = shared.listText() + "\n\n" + conversation.text("lists.card.share") + "\n" + shared.link() + "\n\n"
        + conversation.text("lists.card.surprise");
    return conversation.ask(speech, conversation.ssml("reprompt.default"))
        .withSimpleCard(conversation.text("lists.card.title"), card)
        .build();
  }

  /** What "stop sharing" did. */
  static Optional<Response> stopped(Conversation conversation, ListName list, boolean wasShared) {
    return conversation.askWithDefaultReprompt(conversation.ssml(wasShared ? "lists.stop.done" : "lists.stop.notShared",
        "list", WishListSpeech.label(conversation, list)));
  }

  /**
   * "Two of your five wishes are taken", for reading a list to its owner; empty while none is taken.
   */
  public static Optional<String> taken(Conversation conversation, GiftCount count) {
    if (count.taken() == 0) {
      return Optional.empty();
    }
    if (count.taken() == count.wishes()) {
      return Optional.of(count.wishes() == 1 ? conversation.ssml("lists.taken.single")
          : conversation.ssml("lists.taken.all", "count", count.wishes()));
    }
    return Optional.of(count.taken() == 1 ? conversation.ssml("lists.taken.one", "count", count.wishes())
        : conversation.ssml("lists.taken.many", "taken", count.taken(), "count", count.wishes()));
  }

  /** Nothing is taken: no surprise to spoil. */
  static Optional<Response> nothingTaken(Conversation conversation, ListName list, boolean shared) {
    return conversation.askWithDefaultReprompt(shared
        ? conversation.ssml("lists.reveal.none", "list", WishListSpeech.labelDative(conversation, list))
        : conversation.ssml("lists.reveal.notShared", "list", WishListSpeech.label(conversation, list)));
  }

  /** "That spoils the surprise. Are you sure?" */
  static Optional<Response> confirmReveal(Conversation conversation) {
    String question = conversation.ssml("lists.reveal.confirm");
    return conversation.ask(question, question).build();
  }

  /** The taken wishes by name, never who took them. */
  static Optional<Response> revealed(Conversation conversation, ListName list, List<WishListItem> taken) {
    if (taken.isEmpty()) {
      return nothingTaken(conversation, list, true);
    }
    String items = ProductSpeech.join(taken.stream().map(WishListItem::spokenName).toList(), conversation);
    return conversation.askWithDefaultReprompt(conversation.ssml("lists.reveal.done", "items", items));
  }
}
