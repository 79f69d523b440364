package com.shoptalk.alexa.wishlist;

import com.amazon.ask.model.Response;
import com.amazon.ask.response.ResponseBuilder;
import com.shoptalk.alexa.Conversation;
import com.shoptalk.alexa.Listing;
import com.shoptalk.alexa.ListingReader;
import com.shoptalk.alexa.ProductSpeech;
import com.shoptalk.alexa.Screens;
import com.shoptalk.alexa.Shopping;
import com.shoptalk.catalog.Product;
import com.shoptalk.wishlist.ListName;
import com.shoptalk.wishlist.WishListItem;
import com.shoptalk.wishlist.WishListOwner;
import com.shoptalk.wishlist.WishListService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The wish list conversation's shared moves: whose lists these are, which list the shopper means,
 * how a list is named aloud, and reading a list page by page (as a {@link ListingReader}, so "more"
 * and "the second one" work on a list just as on search results).
 */
public final class WishLists implements ListingReader {
  private final WishListService service;
  private final Shopping shopping;

  public WishLists(WishListService service, Shopping shopping) {
    this.service = service;
    this.shopping = shopping;
  }

  public WishListService service() {
    return service;
  }

  public Shopping shopping() {
    return shopping;
  }

  /** A recognized voice has their own lists; everyone else shares the account's. */
  public static WishListOwner owner(Conversation conversation) {
    return conversation.personId()
        .map(person -> WishListOwner.person(conversation.userId(), person))
        .orElseGet(() -> WishListOwner.account(conversation.userId()));
  }

  /**
   * The list a request means: the one named in the {@code listName} slot (its resolved id keeps
   * "birthday" and "Geburtstag" one list), else the list being read, else the default list.
   */
  public ListName list(Conversation conversation, boolean preferListBeingRead) {
    Locale locale = conversation.messages().locale();
    Optional<String> spoken = conversation.slot("listName");
    if (spoken.isEmpty()) {
      if (preferListBeingRead) {
        Optional<Listing> listing = Listing.of(conversation).filter(l -> Listing.WISH_LIST.equals(l.source()));
        if (listing.isPresent()) {
          return service.lists(owner(conversation)).stream()
              .filter(name -> name.key().equals(listing.get().listKey()))
              .findFirst().orElse(ListName.DEFAULT);
        }
      }
      return ListName.DEFAULT;
    }
    ListName said = service.listName(spoken.get(), locale);
    Optional<String> resolvedId = conversation.resolvedSlot("listName").filter(id -> !id.equals(spoken.get()));
    if (said.isDefault() || resolvedId.isEmpty()) {
      return said;
    }
    ListName canonical = service.listName(resolvedId.get(), Locale.US);
    return canonical.isDefault() ? said : new ListName(canonical.key(), said.displayName());
  }

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
    Locale locale = conversation.messages().locale();
    String name = list.displayName().isBlank() ? list.key().replace('-', ' ') : list.displayName();
    if (locale.getLanguage().equals("de")) {
      name = capitalize(name, locale);
    }
    String lower = name.toLowerCase(locale);
    boolean saysList = lower.endsWith("list") || lower.endsWith("liste");
    return conversation.text((saysList ? "wishlist.label.named" : "wishlist.label.withWord") + grammaticalCase, "name", name);
  }

  /** The snapshot of a product that goes on a list. */
  public static WishListItem itemOf(Product product) {
    return new WishListItem(product.id(), product.title(), product.spokenName(),
        product.effectivePrice().amount(), product.effectivePrice().currency().getCurrencyCode(),
        product.imageLink(), product.link(), null);
  }

  @Override
  public String source() {
    return Listing.WISH_LIST;
  }

  /** Reads a list from the top, or says it is empty. */
  public Optional<Response> readFromTop(Conversation conversation, ListName list) {
    List<WishListItem> items = service.items(owner(conversation), list);
    if (items.isEmpty()) {
      return conversation.ask(conversation.ssml("wishlist.read.empty", "list", labelDative(conversation, list)),
          conversation.ssml("search.ask")).build();
    }
    Listing listing = Listing.ofWishList(list.key(), items.stream().map(WishListItem::productId).toList());
    String onList = labelDative(conversation, list);
    String intro = items.size() == 1
        ? conversation.ssml("wishlist.read.one", "list", onList)
        : conversation.ssml("wishlist.read.many", "count", items.size(), "list", onList);
    return page(conversation, listing, intro, items, list);
  }

  @Override
  public Optional<Response> readPage(Conversation conversation, Listing listing, String intro) {
    ListName list = service.lists(owner(conversation)).stream()
        .filter(name -> name.key().equals(listing.listKey()))
        .findFirst().orElse(ListName.DEFAULT);
    return page(conversation, listing, intro, service.items(owner(conversation), list), list);
  }

  private Optional<Response> page(Conversation conversation, Listing listing, String intro, List<WishListItem> items, ListName list) {
    listing.save(conversation);
    Locale locale = conversation.messages().locale();
    var speech = new StringBuilder(intro);
    var shown = new ArrayList<Screens.Numbered>();
    for (String id : listing.page()) {
      Optional<WishListItem> item = items.stream().filter(i -> i.productId().equals(id)).findFirst();
      if (item.isEmpty()) {
        continue;
      }
      int number = listing.numberOf(id);
      Optional<Product> now = shopping.catalog(conversation).byId(id);
      String price = now.map(p -> ProductSpeech.priceOf(p, conversation))
          .orElseGet(() -> ProductSpeech.price(item.get().price(), Currency.getInstance(item.get().currency()), locale));
      // The catalog's name in this conversation's language: a list saved in English reads in German too.
      String name = now.map(Product::spokenName).orElse(item.get().spokenName());
      speech.append(' ').append(conversation.ssml("search.item", "number", number, "name", name, "price", price));
      now.ifPresent(product -> {
        shown.add(new Screens.Numbered(number, product));
        Optional<BigDecimal> drop = item.get().priceDropTo(product.effectivePrice().amount(),
            product.effectivePrice().currency().getCurrencyCode());
        drop.ifPresent(amount -> speech.append(' ').append(conversation.ssml("wishlist.priceDrop",
            "amount", ProductSpeech.price(amount, product.effectivePrice().currency(), locale))));
      });
      if (now.isEmpty()) {
        speech.append(' ').append(conversation.ssml("wishlist.unavailable"));
      }
    }
    speech.append(' ').append(conversation.ssml(listing.hasMore() ? "wishlist.hint.more" : "wishlist.hint.end"));
    ResponseBuilder response = conversation.ask(speech.toString(), conversation.ssml("wishlist.reprompt"));
    String title = capitalize(label(conversation, list), locale);
    return Screens.list(response, conversation, title, shown).build();
  }

  private static String capitalize(String text, Locale locale) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
  }
}
