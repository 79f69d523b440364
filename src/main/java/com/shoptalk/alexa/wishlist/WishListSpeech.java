package com.shoptalk.alexa.wishlist;

import com.amazon.ask.model.Response;
import com.amazon.ask.response.ResponseBuilder;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.PendingChoice;
import com.shoptalk.alexa.ProductSpeech;
import com.shoptalk.alexa.Screens;
import com.shoptalk.alexa.Selection;
import com.shoptalk.wishlist.AddOutcome;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.Removal;
import com.shoptalk.wishlist.SavedProduct;
import com.shoptalk.wishlist.WishListItem;
import com.shoptalk.wishlist.WishListService;
import com.shoptalk.wishlist.WishListSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Wish lists in words: how a list is named aloud, what saving did, a list read page by page (as a
 * {@link Listing}, so "more" and "the second one" work on it), removing, clearing, the lists.
 */
public final class WishListSpeech {
  private WishListSpeech() {}

  /** How a list is named aloud: "your wish list", "your birthday list", "deine Geburtstagsliste". */
  public static String label(Conversation conversation, ListName list) {
    return label(conversation, list, "");
  }

  /** The list's name after a preposition that takes the dative in German ("auf deiner Wunschliste"). */
  public static String labelDative(Conversation conversation, ListName list) {
    return label(conversation, list, ".dative");
  }

  private static String label(Conversation conversation, ListName list, String grammaticalCase) {
    if (list.isDefault()) {
      return conversation.text("wishlist.label.default" + grammaticalCase);
    }
    Locale locale = conversation.locale();
    String name = list.displayName().isBlank() ? list.key().replace('-', ' ') : list.displayName();
    if (locale.getLanguage().equals("de")) {
      name = capitalize(name, locale);
    }
    String lower = name.toLowerCase(locale);
    boolean saysList = lower.endsWith("list") || lower.endsWith("liste");
    return conversation.text((saysList ? "wishlist.label.named" : "wishlist.label.withWord") + grammaticalCase, "name", name);
  }

  /**
   * What saving a product did: "Saved the rug to your wish list." The product's name stays the
   * subject ("… steht jetzt auf deiner Wunschliste"): as an object, German would need "Geflochtenen
   * Teppich", which a catalog name cannot give.
   */
  public static String added(Conversation conversation, AddOutcome outcome, String name, ListName list) {
    return switch (outcome) {
      case ADDED -> conversation.ssml("wishlist.add.done", "name", name, "list", labelDative(conversation, list));
      case ALREADY_ON_LIST -> conversation.ssml("wishlist.add.already", "name", name, "list", labelDative(conversation, list));
      case LIST_FULL -> conversation.ssml("wishlist.add.full", "list", label(conversation, list), "max", WishListService.MAX_ITEMS);
    };
  }

  /** "There's nothing on your wish list yet." */
  static String empty(Conversation conversation, ListName list) {
    return conversation.ssml("wishlist.read.empty", "list", labelDative(conversation, list));
  }

  /**
   * Reads a list from the top, or says it is empty; {@code gifts} follows the count on a shared list
   * ("One of your 3 wishes is taken.").
   */
  static Optional<Response> fromTop(Conversation conversation, ListName list, List<SavedProduct> saved,
      Optional<String> gifts) {
    if (saved.isEmpty()) {
      return conversation.ask(empty(conversation, list), conversation.ssml("search.ask")).build();
    }
    Listing listing = Listing.ofWishList(list.key(), saved.stream().map(SavedProduct::productId).toList());
    String onList = labelDative(conversation, list);
    String intro = saved.size() == 1
        ? conversation.ssml("wishlist.read.one", "list", onList)
        : conversation.ssml("wishlist.read.many", "count", saved.size(), "list", onList);
    return page(conversation, listing, gifts.map(sentence -> intro + " " + sentence).orElse(intro), saved, list);
  }

  /** Reads the page at the listing's offset, numbered, with today's prices and what changed. */
  static Optional<Response> page(Conversation conversation, Listing listing, String intro, List<SavedProduct> saved, ListName list) {
    listing.save(conversation);
    Locale locale = conversation.locale();
    var speech = new StringBuilder(intro);
    var shown = new ArrayList<Screens.Numbered>();
    for (String id : listing.page()) {
      Optional<SavedProduct> item = saved.stream().filter(s -> s.productId().equals(id)).findFirst();
      if (item.isEmpty()) {
        continue;
      }
      int number = listing.numberOf(id);
      Optional<String> price = item.get().now().map(product -> ProductSpeech.priceOf(product, conversation))
          .or(() -> item.get().savedPrice().map(money -> ProductSpeech.price(money, locale)));
      speech.append(' ').append(price.isPresent()
          ? conversation.ssml("search.item", "number", number, "name", item.get().spokenName(), "price", price.get())
          : conversation.ssml("wishlist.item.unpriced", "number", number, "name", item.get().spokenName()));
      item.get().now().ifPresent(product -> shown.add(new Screens.Numbered(number, product)));
      item.get().priceDrop().ifPresent(drop -> speech.append(' ').append(conversation.ssml("wishlist.priceDrop",
          "amount", ProductSpeech.price(drop, locale))));
      if (!item.get().isAvailable()) {
        speech.append(' ').append(conversation.ssml("wishlist.unavailable"));
      }
    }
    speech.append(' ').append(conversation.ssml(listing.hasMore() ? "wishlist.hint.more" : "wishlist.hint.end"));
    ResponseBuilder response = conversation.ask(speech.toString(), conversation.ssml("wishlist.reprompt"));
    String title = capitalize(label(conversation, list), locale);
    return Screens.list(response, conversation, title, shown).build();
  }

  /** What became of "remove …". */
  static Optional<Response> removal(Conversation conversation, ListName list, Removal removal) {
    String label = labelDative(conversation, list);
    if (removal instanceof Removal.Removed removed) {
      // The list being read loses the item, so that its numbers stay what the shopper hears next.
      Listing.of(conversation)
          .filter(l -> Listing.WISH_LIST.equals(l.source()) && list.key().equals(l.listKey()))
          .ifPresent(l -> Listing.ofWishList(l.listKey(), l.productIds().stream()
              .filter(id -> !id.equals(removed.item().productId())).toList()).save(conversation));
      return conversation.askWithDefaultReprompt(
          conversation.ssml("wishlist.remove.done", "name", removed.item().spokenName(), "list", label));
    }
    if (removal instanceof Removal.Ambiguous ambiguous) {
      return askWhichOne(conversation, list, ambiguous.candidates());
    }
    String speech;
    if (removal instanceof Removal.EmptyList) {
      speech = empty(conversation, list);
    } else if (removal instanceof Removal.OutOfRange outOfRange) {
      speech = Selection.outOfRange(conversation, outOfRange.position(), outOfRange.size());
    } else if (removal instanceof Removal.NotFound notFound) {
      speech = conversation.ssml("wishlist.remove.notFound", "name", notFound.spoken(), "list", label);
    } else {
      speech = conversation.ssml("wishlist.remove.which", "list", label);
      PendingChoice.ask(conversation);
    }
    return conversation.askWithDefaultReprompt(speech);
  }

  /** Several items fit the name: number them (as a listing of this list) and ask which one. */
  private static Optional<Response> askWhichOne(Conversation conversation, ListName list, List<WishListItem> candidates) {
    Listing.ofWishList(list.key(), candidates.stream().map(WishListItem::productId).toList()).save(conversation);
    var named = new ArrayList<String>();
    for (int i = 0; i < candidates.size(); i++) {
      named.add(conversation.text("wishlist.remove.candidate", "number", i + 1, "name", candidates.get(i).spokenName()));
    }
    PendingChoice.ask(conversation);
    String speech = conversation.ssml("wishlist.remove.whichOne", "count", candidates.size(),
        "candidates", ProductSpeech.join(named, conversation));
    return conversation.ask(speech, conversation.ssml("wishlist.remove.which.reprompt")).build();
  }

  /** "Should I remove all 4 things from your wish list?" */
  static String confirmClear(Conversation conversation, ListName list, int size) {
    String label = labelDative(conversation, list);
    return size == 1
        ? conversation.ssml("wishlist.clear.confirm.one", "list", label)
        : conversation.ssml("wishlist.clear.confirm", "count", size, "list", label);
  }

  /** "You have 2 lists: your wish list with 3 things and your birthday list, which is empty." */
  static Optional<Response> lists(Conversation conversation, List<WishListSummary> lists) {
    if (lists.isEmpty()) {
      return conversation.askWithDefaultReprompt(conversation.ssml("wishlist.lists.none"));
    }
    List<String> described = lists.stream()
        .map(summary -> conversation.text(entryKey(summary.size()),
            "list", label(conversation, summary.name()), "count", summary.size()))
        .toList();
    String speech = lists.size() == 1
        ? conversation.ssml("wishlist.lists.one", "lists", described.get(0))
        : conversation.ssml("wishlist.lists.many", "count", lists.size(), "lists", ProductSpeech.join(described, conversation));
    return conversation.ask(speech, conversation.ssml("wishlist.lists.reprompt")).build();
  }

  private static String entryKey(int size) {
    return switch (size) {
      case 0 -> "wishlist.lists.entry.none";
      case 1 -> "wishlist.lists.entry.one";
      default -> "wishlist.lists.entry";
    };
  }

  private static String capitalize(String text, Locale locale) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
  }
}
